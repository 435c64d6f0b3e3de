import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The Shape Detection API's barcode reader (Chromium on Android and desktop); not in TypeScript's DOM types yet. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
declare const BarcodeDetector: new (options: { formats: string[] }) => BarcodeDetectorLike;

/** The back camera's picture, read for a QR code a few times a second until one is found or the scan is closed. */
export default function CodeScanner({ onCode, onFailure }: { onCode: (code: string) => void; onFailure: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const detector = new BarcodeDetector({ formats: ['qr_code'] });
    const scan = async () => {
      if (stopped || !video.current) return;
      const [found] = await detector.detect(video.current).catch(() => []);
      if (found?.rawValue) onCode(found.rawValue);
      else timer = setTimeout(() => void scan(), 300);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        void scan();
      })
      .catch(onFailure);
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onCode, onFailure]);

  return <video ref={video} className="scanner" muted playsInline aria-label={t('checkIn.camera')} />;
}
