# One image for every Waystation app; the Deployment or compose service picks the app by its command, e.g.
#   node -r @swc-node/register apps/points/src/main.ts
# Apps run from their TypeScript sources through SWC, exactly as `npm start` and the tests run them.
# The worker app, built in a stage of its own with the dev dependencies (Vite); the image keeps only its dist/,
# which the gateway serves (GATEWAY_WEB_DIST_DIR). The build fails when the first load is over its budget.
FROM node:20-bookworm-slim AS web
WORKDIR /build
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci
COPY tsconfig.json tsconfig.base.json .swcrc ./
COPY apps/web ./apps/web
RUN npx vite build --config apps/web/vite.config.ts && node -r @swc-node/register apps/web/scripts/check-bundle-budget.ts

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
COPY --from=web /build/apps/web/dist ./apps/web/dist

# The image's unprivileged user (uid 1000), which the Kubernetes manifests also ask for.
USER node
EXPOSE 3000 3101 3102 3103 3104
CMD ["node", "-r", "@swc-node/register", "apps/gateway/src/main.ts"]
