import createClient, { type Middleware } from 'openapi-fetch';
import { SessionStore, type TokenPair } from '../session/session-store';
import type { components, paths } from './gateway-api.generated';

export type Schemas = components['schemas'];

export const sessionStore = new SessionStore(window.localStorage);

/** The public API, typed from the gateway's OpenAPI document; same origin, as the gateway serves the app. */
export const api = createClient<paths>({ baseUrl: window.location.origin });

/** Without the auth middleware: sign-in and refresh carry their credentials in the body. */
const authApi = createClient<paths>({ baseUrl: window.location.origin });

let refreshing: Promise<void> | undefined;

/** One refresh at a time: a refresh token works once, so two at once would end the sign-in. */
function refreshSession(): Promise<void> {
  refreshing ??= (async () => {
    const session = sessionStore.session;
    if (!session) return;
    const { data, response } = await authApi.POST('/api/v1/auth/refresh', { body: { refreshToken: session.refreshToken } });
    sessionStore.refreshAnswered(response.status, data as TokenPair | undefined);
  })().finally(() => (refreshing = undefined));
  return refreshing;
}

const bearerToken: Middleware = {
  async onRequest({ request }) {
    if (sessionStore.needsRefresh()) await refreshSession();
    const session = sessionStore.session;
    if (session) request.headers.set('authorization', `Bearer ${session.accessToken}`);
    return request;
  },
  onResponse({ response }) {
    // The token no longer holds (signed out elsewhere, the account closed): back to the sign-in screen.
    if (response.status === 401 && sessionStore.session) sessionStore.signedOut();
    return response;
  },
};

api.use(bearerToken);

export { authApi };
