import sharp from 'sharp';

/** An XMP packet naming a creator: a metadata block the stored photo must not keep. */
const XMP_PACKET =
  '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF ' +
  'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'dc:creator="Waystation test camera"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

export interface CameraJpegOptions {
  width?: number;
  height?: number;
  /** JPEG quality: a noisy image at a high quality is big (a phone's ~200 KB photo), a flat one tiny. */
  quality?: number;
  /** Random pixels, so the file's size is realistic (JPEG squeezes a flat colour to nothing). */
  noisy?: boolean;
  /** The colour of a plain image. */
  background?: string;
}

/**
 * A JPEG as a phone camera leaves it: EXIF with the camera's make and the place it was taken (GPS, in Wuhan), an
 * orientation of 6 (the sensor's landscape turned upright by the viewer), an XMP packet and an ICC profile.
 */
export async function cameraJpeg({
  width = 64,
  height = 48,
  quality = 90,
  noisy = false,
  background = '#1e8c3c',
}: CameraJpegOptions = {}): Promise<Buffer> {
  const image = noisy
    ? sharp(Buffer.from(Array.from({ length: width * height * 3 }, () => Math.floor(Math.random() * 256))), {
        raw: { width, height, channels: 3 },
      })
    : sharp({ create: { width, height, channels: 3, background } });
  return image
    .jpeg({ quality })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'WaystationTestCam', Model: 'T-1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 22/1 20/1', GPSLongitudeRef: 'E', GPSLongitude: '114/1 19/1 18/1' },
    })
    .withXmp(XMP_PACKET)
    .toBuffer();
}
