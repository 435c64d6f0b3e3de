/**
 * The city-office admin the gateway creates on an empty database when no bootstrap credentials are configured:
 * for `npm start` and the tests only (the gateway refuses this password when NODE_ENV=production).
 */
export const DEVELOPMENT_ADMIN = { username: 'admin', password: 'city-office-dev-password' } as const;
