import { homedir } from 'node:os';
import { join } from 'node:path';
import { type InfraConfig, loadInfraConfig } from './infra.config';

/** Where downloaded tooling is kept between runs (`~/.cache/waystation` unless told otherwise). */
export function waystationCacheDir(config: InfraConfig = loadInfraConfig()): string {
  return config.WAYSTATION_CACHE_DIR ?? join(config.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'waystation');
}
