import { type ChangeEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../layout/field-error';
import { blobDataUrl } from './blob-data-url';
import { MAX_PHOTOS } from './report-forms';
import { resizePhoto } from './resize-photo';

/** The report's photos: taken with the camera or chosen from the gallery, made smaller on the device, shown before sending. */
export function PhotoPicker({ photos, onChange, missing }: { photos: Blob[]; onChange: (photos: Blob[]) => void; missing: boolean }) {
  const { t } = useTranslation();
  const [previews, setPreviews] = useState<string[]>([]);
  const [preparing, setPreparing] = useState(false);
  const [unreadable, setUnreadable] = useState(false);

  useEffect(() => {
    let mounted = true;
    void Promise.all(photos.map(blobDataUrl)).then((urls) => mounted && setPreviews(urls));
    return () => {
      mounted = false;
    };
  }, [photos]);

  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])].slice(0, MAX_PHOTOS - photos.length);
    event.target.value = '';
    if (chosen.length === 0) return;
    setPreparing(true);
    setUnreadable(false);
    try {
      onChange([...photos, ...(await Promise.all(chosen.map(resizePhoto)))]);
    } catch {
      setUnreadable(true);
    } finally {
      setPreparing(false);
    }
  };

  const message = unreadable ? 'report.errors.photoUnreadable' : missing ? 'report.errors.photoRequired' : undefined;
  return (
    <section aria-labelledby="photos-heading">
      <h2 id="photos-heading">{t('report.photos')}</h2>
      <p id="photos-hint">{t('report.photosHint', { max: MAX_PHOTOS })}</p>
      {photos.length < MAX_PHOTOS && (
        <div className="photo-picker">
          <input
            id="photo-camera"
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            aria-describedby="photos-hint photos-error"
            onChange={(event) => void add(event)}
          />
          <label htmlFor="photo-camera" className="button">
            {t('report.takePhoto')}
          </label>
          <input
            id="photo-gallery"
            type="file"
            accept="image/*"
            multiple
            className="visually-hidden"
            aria-describedby="photos-hint photos-error"
            onChange={(event) => void add(event)}
          />
          <label htmlFor="photo-gallery" className="button">
            {t('report.choosePhotos')}
          </label>
        </div>
      )}
      {preparing && <p role="status">{t('report.preparingPhotos')}</p>}
      <FieldError id="photos-error" message={message} />
      {previews.length > 0 && (
        <ul className="thumbnails" aria-label={t('report.chosenPhotos')}>
          {previews.map((source, index) => (
            <li key={source}>
              <img src={source} alt={t('report.photoAlt', { number: index + 1 })} />
              <button type="button" onClick={() => onChange(photos.filter((_, kept) => kept !== index))}>
                {t('report.removePhoto', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
