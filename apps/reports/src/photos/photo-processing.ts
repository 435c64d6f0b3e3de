import { PhotoMimeType } from '@waystation/contracts';
import { createHash } from 'node:crypto';
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { PhotoTooLargeError, UnreadablePhotoError, UnsupportedPhotoTypeError } from './photo-errors';
import { PhotoLimits } from './photo-settings';

/** The image as stored: upright, no metadata block left, re-encoded. */
export interface ProcessedPhoto {
  data: Buffer;
  mime: PhotoMimeType;
  extension: string;
  width: number;
  height: number;
  sha256: string;
}

/** What sharp's content sniffing may say that reports take, and what each is stored as. */
const ACCEPTED_FORMATS = {
  jpeg: { mime: 'image/jpeg', extension: 'jpg' },
  png: { mime: 'image/png', extension: 'png' },
  webp: { mime: 'image/webp', extension: 'webp' },
} as const satisfies Record<string, { mime: PhotoMimeType; extension: string }>;
type AcceptedFormat = keyof typeof ACCEPTED_FORMATS;

const JPEG_QUALITY = 85;
const WEBP_QUALITY = 85;

/**
 * Checks what the bytes are by their content alone, then turns the image upright by its EXIF orientation, caps
 * its longer edge and re-encodes it. sharp writes no metadata unless asked to (no `keepMetadata`/`withMetadata`
 * here), so EXIF (GPS included), XMP, IPTC and the ICC profile are all left behind; pixels are converted to sRGB
 * first, so dropping the profile does not change the colours.
 */
export async function processPhoto(input: Buffer, limits: PhotoLimits): Promise<ProcessedPhoto> {
  const format = await acceptedFormatOf(input);
  const { width = 0, height = 0 } = await sharp(input, { limitInputPixels: false }).metadata();
  if (width * height > limits.maxPixels) throw new PhotoTooLargeError({ maxPixels: limits.maxPixels });

  const pipeline = sharp(input, { limitInputPixels: limits.maxPixels, failOn: 'error' })
    .rotate()
    .resize({ width: limits.maxEdgePx, height: limits.maxEdgePx, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb');
  encodeAs(pipeline, format);
  let output: { data: Buffer; info: OutputInfo };
  try {
    output = await pipeline.toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new UnreadablePhotoError(format, (error as Error).message);
  }
  const { mime, extension } = ACCEPTED_FORMATS[format];
  return {
    data: output.data,
    mime,
    extension,
    width: output.info.width,
    height: output.info.height,
    sha256: createHash('sha256').update(output.data).digest('hex'),
  };
}

async function acceptedFormatOf(input: Buffer): Promise<AcceptedFormat> {
  let format: string | undefined;
  try {
    ({ format } = await sharp(input, { limitInputPixels: false }).metadata());
  } catch {
    throw new UnsupportedPhotoTypeError(undefined, acceptedMimeTypes());
  }
  if (format === undefined || !(format in ACCEPTED_FORMATS)) throw new UnsupportedPhotoTypeError(format, acceptedMimeTypes());
  return format as AcceptedFormat;
}

function encodeAs(pipeline: Sharp, format: AcceptedFormat): void {
  switch (format) {
    case 'jpeg':
      pipeline.jpeg({ quality: JPEG_QUALITY });
      return;
    case 'png':
      pipeline.png();
      return;
    case 'webp':
      pipeline.webp({ quality: WEBP_QUALITY });
      return;
  }
}

function acceptedMimeTypes(): string[] {
  return Object.values(ACCEPTED_FORMATS).map((accepted) => accepted.mime);
}
