import { toCanvas } from 'qrcode';
import { useEffect, useRef } from 'react';

/** The redemption's QR code, drawn on a canvas; a chunk of its own, loaded when a code is shown. */
export default function RedemptionQr({ payload, label }: { payload: string; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) void toCanvas(canvas.current, payload, { width: 220, margin: 2, errorCorrectionLevel: 'M' });
  }, [payload]);
  return <canvas ref={canvas} role="img" aria-label={label} className="qr" data-payload={payload} />;
}
