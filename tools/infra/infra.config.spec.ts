import { homedir } from 'node:os';
import { join } from 'node:path';
import { javaExecutable } from './kafka-java';
import { loadInfraConfig } from './infra.config';
import { waystationCacheDir } from './waystation-cache-dir';

describe(loadInfraConfig.name, () => {
  it('keeps downloads in ~/.cache/waystation when nothing says otherwise', () => {
    const sut = loadInfraConfig({});

    expect(waystationCacheDir(sut)).toBe(join(homedir(), '.cache', 'waystation'));
  });

  it('prefers WAYSTATION_CACHE_DIR to XDG_CACHE_HOME', () => {
    expect(waystationCacheDir(loadInfraConfig({ XDG_CACHE_HOME: '/xdg' }))).toBe('/xdg/waystation');
    expect(waystationCacheDir(loadInfraConfig({ XDG_CACHE_HOME: '/xdg', WAYSTATION_CACHE_DIR: '/cache' }))).toBe('/cache');
  });

  it('runs the java of JAVA_HOME, else the one on the PATH', () => {
    expect(javaExecutable(loadInfraConfig({ JAVA_HOME: '/opt/jdk-17' }))).toBe('/opt/jdk-17/bin/java');
    expect(javaExecutable(loadInfraConfig({}))).toBe('java');
  });
});
