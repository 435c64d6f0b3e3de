import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api-client';
import { ApiProblem, dataOf } from '../api/api-problem';
import { problemMessageKey } from '../api/problem-message';
import { FieldError } from '../layout/field-error';
import { canScanCodes } from './can-scan-codes';
import { type CheckInForm, checkInFormSchema, checkInMethodOf } from './check-in-forms';
import { currentPosition } from './current-position';

// The camera and its reader only when the worker asks to scan.
const CodeScanner = lazy(() => import('./code-scanner'));

const CHECK_IN_PROBLEMS = {
  'check-in-code-expired': 'checkIn.errors.codeExpired',
  'check-in-code-invalid': 'checkIn.errors.codeIncorrect',
  'check-in-location-required': 'checkIn.errors.locationRequired',
  'check-in-too-far': 'checkIn.errors.tooFar',
  'already-checked-in': 'checkIn.errors.alreadyCheckedIn',
  'check-in-not-allowed': 'checkIn.errors.notAllowed',
  'station-not-operating': 'checkIn.errors.notOperating',
  'location-unavailable': 'checkIn.errors.locationUnavailable',
};
const CHECK_OUT_PROBLEMS = { 'not-checked-in': 'checkIn.errors.notCheckedIn' };

/** Thrown when the device will not give its position for a printed code. */
const LOCATION_UNAVAILABLE = new ApiProblem(0, 'location-unavailable', 'The device did not give its position');

/**
 * Check in at this station, by scanning the code on its screen (or typing it), or with the code printed at the
 * door and the device's position; once in, the worker's visit and a check-out.
 */
export function CheckInPanel({ stationId }: { stationId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const current = useQuery({
    queryKey: ['check-in'],
    queryFn: async () => {
      try {
        return dataOf(await api.GET('/api/v1/me/check-in'));
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
  });
  const changed = async () => {
    for (const key of ['check-in', 'station', 'home', 'points']) await queryClient.invalidateQueries({ queryKey: [key] });
  };
  const checkOut = useMutation({
    mutationFn: async () => dataOf(await api.POST('/api/v1/me/check-in/check-out')),
    onSuccess: changed,
  });
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });

  return (
    <section aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">{t('checkIn.title')}</h2>
      {current.isError ? (
        <p role="alert">{t('errors.unexpected')}</p>
      ) : current.data === undefined ? (
        <p role="status">{t('checkIn.loading')}</p>
      ) : current.data ? (
        <>
          <p role="status" data-testid="checked-in">
            {current.data.stationId === stationId
              ? t('checkIn.checkedInHere', { time: time.format(new Date(current.data.checkedInAt)) })
              : t('checkIn.checkedInElsewhere')}
          </p>
          <button type="button" onClick={() => checkOut.mutate()} disabled={checkOut.isPending}>
            {t('checkIn.checkOut')}
          </button>
          {checkOut.isError && (
            <p role="alert" className="problem">
              {t(problemMessageKey(checkOut.error, CHECK_OUT_PROBLEMS))}
            </p>
          )}
        </>
      ) : (
        <CheckInFormView stationId={stationId} onCheckedIn={changed} />
      )}
    </section>
  );
}

function CheckInFormView({ stationId, onCheckedIn }: { stationId: string; onCheckedIn: () => Promise<void> }) {
  const { t } = useTranslation();
  const [scanning, setScanning] = useState(false);
  const [cameraFailed, setCameraFailed] = useState(false);
  const form = useForm<CheckInForm>({ resolver: zodResolver(checkInFormSchema), defaultValues: { code: '' } });
  const checkIn = useMutation({
    mutationFn: async ({ code }: CheckInForm) => {
      const method = checkInMethodOf(code);
      const location = method === 'printed-code' ? await currentPosition().catch(() => Promise.reject(LOCATION_UNAVAILABLE)) : undefined;
      return dataOf(
        await api.POST('/api/v1/stations/{id}/check-ins', { params: { path: { id: stationId } }, body: { method, code, location } }),
      );
    },
    onSuccess: onCheckedIn,
  });
  const submit = form.handleSubmit((values) => checkIn.mutate(values));
  const scanned = useCallback(
    (code: string) => {
      setScanning(false);
      form.setValue('code', code);
      void submit();
    },
    [form, submit],
  );
  const cameraUnavailable = useCallback(() => {
    setScanning(false);
    setCameraFailed(true);
  }, []);

  return (
    <form onSubmit={submit} noValidate>
      <p>{t('checkIn.intro')}</p>
      {canScanCodes() && (
        <p>
          <button type="button" onClick={() => setScanning(!scanning)}>
            {scanning ? t('checkIn.stopScanning') : t('checkIn.scan')}
          </button>
        </p>
      )}
      {scanning && (
        <Suspense fallback={<p role="status">{t('checkIn.cameraLoading')}</p>}>
          <CodeScanner onCode={scanned} onFailure={cameraUnavailable} />
        </Suspense>
      )}
      {cameraFailed && <p role="status">{t('checkIn.cameraUnavailable')}</p>}
      <label htmlFor="check-in-code">{t('checkIn.code')}</label>
      <input
        id="check-in-code"
        autoComplete="off"
        autoCapitalize="off"
        aria-invalid={form.formState.errors.code ? true : undefined}
        aria-describedby="check-in-code-error check-in-code-hint"
        {...form.register('code')}
      />
      <p id="check-in-code-hint" className="meta">
        {t('checkIn.codeHint')}
      </p>
      <FieldError id="check-in-code-error" message={form.formState.errors.code?.message} />
      <button type="submit" disabled={checkIn.isPending}>
        {t('checkIn.submit')}
      </button>
      {checkIn.isError && (
        <p role="alert" className="problem">
          {t(problemMessageKey(checkIn.error, CHECK_IN_PROBLEMS))}
        </p>
      )}
    </form>
  );
}
