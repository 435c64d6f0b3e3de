import { toCanvas } from 'qrcode';
import { useEffect, useRef } from 'react';

/** A QR code of `payload` (a redemption's, a station's check-in code), drawn on a canvas; a chunk of its own, loaded when one is shown. */
export default function QrCode({ payload, label, width = 220 }: { payload: string; label: string; width?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) void toCanvas(canvas.current, payload, { width, margin: 2, errorCorrectionLevel: 'M' });
  }, [payload, width]);
  return <canvas ref={canvas} role="img" aria-label={label} className="qr" data-payload={payload} />;
}
