/** One entry of Vite's build manifest (dist/.vite/manifest.json), as far as the budget needs it. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export type BuildManifest = Record<string, ManifestChunk>;

/**
 * The JavaScript files a browser loads before the first screen: every entry and what it imports statically,
 * transitively. Dynamic imports (the map) are left out: they load when a screen asks for them.
 */
export function firstLoadChunks(manifest: BuildManifest): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...files].filter((file) => file.endsWith('.js'));
}
