/** Stamped on every event this service produces. */
export const SERVICE_NAME = 'stations';
