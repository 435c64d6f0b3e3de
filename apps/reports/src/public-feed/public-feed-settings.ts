/** What the public feed needs of the configuration. */
export interface PublicFeedSettings {
  /** The city's: the feed's dates are its local days. */
  timeZone: string;
}

export const PUBLIC_FEED_SETTINGS = Symbol('PublicFeedSettings');
