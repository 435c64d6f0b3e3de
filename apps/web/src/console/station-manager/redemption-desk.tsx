import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { FieldError } from '../../layout/field-error';
import { consoleProblemKey } from '../console-problem';
import { localized } from '../console-types';
import { type VerifyForm, verifyFormSchema } from './station-forms';

/** Verify the code a worker shows, then hand over the reward and record it. */
export function RedemptionDesk() {
  const { t, i18n } = useTranslation();
  const form = useForm<VerifyForm, unknown, { code: string }>({ resolver: zodResolver(verifyFormSchema), defaultValues: { code: '' } });
  const verify = useMutation({
    mutationFn: async ({ code }: { code: string }) => dataOf(await api.POST('/api/v1/redemptions/verification', { body: { code } })),
  });
  const fulfil = useMutation({
    mutationFn: async (id: string) => dataOf(await api.POST('/api/v1/redemptions/{id}/fulfil', { params: { path: { id } } })),
  });
  const redemption = fulfil.data ?? verify.data;

  return (
    <section aria-labelledby="redemption-heading">
      <h2 id="redemption-heading">{t('stationManager.redemption')}</h2>
      <form
        onSubmit={form.handleSubmit((values) => {
          fulfil.reset();
          verify.mutate(values);
        })}
        noValidate
      >
        <label htmlFor="redemption-code">{t('stationManager.redemptionCode')}</label>
        <input id="redemption-code" autoComplete="off" aria-describedby="redemption-code-error" {...form.register('code')} />
        <FieldError id="redemption-code-error" message={form.formState.errors.code?.message} />
        {verify.isError && (
          <p role="alert" className="problem">
            {t(consoleProblemKey(verify.error))}
          </p>
        )}
        <button type="submit" disabled={verify.isPending}>
          {t('stationManager.verify')}
        </button>
      </form>
      {redemption && (
        <div role="status" className="redemption">
          <p>
            {t('stationManager.verified', {
              reward: localized(redemption.reward.name, i18n.language),
              cost: redemption.cost,
              status: t(`stationManager.redemptionStatus.${redemption.status}`),
            })}
          </p>
          {redemption.status === 'placed' && (
            <button type="button" disabled={fulfil.isPending} onClick={() => fulfil.mutate(redemption.id)}>
              {t('stationManager.handOver')}
            </button>
          )}
          {fulfil.isError && (
            <p role="alert" className="problem">
              {t(consoleProblemKey(fulfil.error))}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
