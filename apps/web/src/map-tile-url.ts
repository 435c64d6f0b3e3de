/** The map tiles' URL template the gateway wrote into the page (GATEWAY_WEB_MAP_TILE_URL); none: markers only. */
export function mapTileUrl(): string | null {
  const content = document.querySelector<HTMLMetaElement>('meta[name="waystation-map-tile-url"]')?.content.trim();
  return content ? content : null;
}
