import type { Readable } from 'node:stream';

/** Where processed photos are kept, by key (`photos/<id>.jpg`): a local directory or an S3-compatible bucket. */
export interface PhotoStore {
  /** Stores `body` under `key` whole or not at all, replacing what was there. */
  put(key: string, body: Buffer | Readable, contentType: string): Promise<void>;
  /** The stored bytes as a stream; a missing key rejects. */
  read(key: string): Promise<Readable>;
  /** Removes the key; a missing one is no error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** Nest's injection token for the configured PhotoStore. */
export const PHOTO_STORE = Symbol('PhotoStore');

/** Keys are made by the service (`photoStorageKey`), never taken from a client; anything else is refused. */
const KEY_PATTERN = /^[a-z0-9][a-z0-9.-]*(\/[a-z0-9][a-z0-9.-]*)*$/;

export function assertStorageKey(key: string): string {
  if (!KEY_PATTERN.test(key) || key.includes('..')) throw new Error(`Not a photo storage key: ${JSON.stringify(key)}`);
  return key;
}
