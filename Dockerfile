# One image for every Waystation app; the Deployment or compose service picks the app by its command, e.g.
#   node -r @swc-node/register apps/points/src/main.ts
# Apps run from their TypeScript sources through SWC, exactly as `npm start` and the tests run them.
FROM node:20-bookworm-slim
WORKDIR /srv/waystation
ENV NODE_ENV=production

# Dependencies first, so a source change reuses this layer. `postinstall` applies patches/ (kafkajs).
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --omit=dev && npm cache clean --force

COPY tsconfig.json tsconfig.base.json .swcrc ./
COPY libs ./libs
COPY apps ./apps

# The image's unprivileged user (uid 1000), which the Kubernetes manifests also ask for.
USER node
EXPOSE 3000 3101 3102 3103 3104
CMD ["node", "-r", "@swc-node/register", "apps/gateway/src/main.ts"]
