import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where downloaded tooling is kept between runs (`~/.cache/waystation` unless told otherwise). */
export function waystationCacheDir(): string {
  return process.env.WAYSTATION_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'waystation');
}
