/** The longest side, in pixels, of a photo as it is uploaded: enough to see the problem, small on a phone's data plan. */
export const MAX_PHOTO_SIDE = 1600;

export interface Size {
  width: number;
  height: number;
}

/** The size a photo is drawn at so that its longest side is at most `maxSide`, keeping its proportions; never enlarged. */
export function fitWithin({ width, height }: Size, maxSide = MAX_PHOTO_SIDE): Size {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
