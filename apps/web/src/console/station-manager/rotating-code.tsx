import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';

const QrCode = lazy(() => import('../../layout/qr-code'));

/** The station's rotating check-in code as a QR code workers scan, large for a screen at the door, fetched again when the gateway says. */
export function RotatingCode({ stationId }: { stationId: string }) {
  const { t } = useTranslation();
  const codes = useQuery({
    queryKey: ['check-in-codes', stationId],
    queryFn: async () => dataOf(await api.GET('/api/v1/stations/{id}/check-in-codes', { params: { path: { id: stationId } } })),
    refetchInterval: (query) => {
      const refreshAt = query.state.data?.rotating.refreshAt;
      return refreshAt ? Math.max(1_000, Date.parse(refreshAt) - Date.now()) : false;
    },
  });

  return (
    <section aria-labelledby="code-heading">
      <h2 id="code-heading">{t('stationManager.checkInCode')}</h2>
      {!codes.data ? (
        <p role={codes.isError ? 'alert' : 'status'}>{codes.isError ? t('errors.unexpected') : t('console.loading')}</p>
      ) : (
        <>
          <Suspense fallback={null}>
            <QrCode payload={codes.data.rotating.code} label={t('stationManager.rotatingQr')} width={320} />
          </Suspense>
          <p className="rotating-code" data-testid="rotating-code" aria-live="polite">
            {codes.data.rotating.code}
          </p>
          <p>{t('stationManager.rotatingHelp')}</p>
          <p>
            {t('stationManager.printedCode')}: <strong data-testid="printed-code">{codes.data.printed}</strong>
          </p>
        </>
      )}
    </section>
  );
}
