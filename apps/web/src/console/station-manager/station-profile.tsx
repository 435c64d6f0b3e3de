import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { FieldError } from '../../layout/field-error';
import { OpeningHoursTable } from '../../stations/opening-hours-table';
import type { Station } from '../../vocabulary';
import { consoleProblemKey } from '../console-problem';
import { type ClosedDayForm, closedDayFormSchema, type ProfileForm, profileFormSchema, profilePatch } from './station-forms';

/** The station's profile as its manager keeps it: contact and capacity, the opening hours and their exceptions. */
export function StationProfile({ station }: { station: Station }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const patch = useMutation({
    mutationFn: async (body: StationPatch) =>
      dataOf(await api.PATCH('/api/v1/stations/{id}', { params: { path: { id: station.id } }, body })),
    onSuccess: (saved) => queryClient.setQueryData(['station', station.id], saved),
  });
  const profile = useForm<ProfileForm>({
    resolver: zodResolver(profileFormSchema),
    defaultValues: { contactPhone: station.contactPhone ?? '', capacity: station.capacity === null ? '' : String(station.capacity) },
  });
  const closedDay = useForm<ClosedDayForm>({ resolver: zodResolver(closedDayFormSchema), defaultValues: { date: '', note: '' } });
  const hours = station.openingHours;

  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('stationManager.profile')}</h2>
      <p>{station.address}</p>
      <form onSubmit={profile.handleSubmit((values) => patch.mutate(profilePatch(values)))} noValidate>
        <label htmlFor="contactPhone">{t('stationManager.contactPhone')}</label>
        <input id="contactPhone" type="tel" aria-describedby="contactPhone-error" {...profile.register('contactPhone')} />
        <FieldError id="contactPhone-error" message={profile.formState.errors.contactPhone?.message} />
        <label htmlFor="capacity">{t('stationManager.capacity')}</label>
        <input id="capacity" inputMode="numeric" aria-describedby="capacity-error" {...profile.register('capacity')} />
        <FieldError id="capacity-error" message={profile.formState.errors.capacity?.message} />
        <button type="submit" disabled={patch.isPending}>
          {t('stationManager.save')}
        </button>
      </form>
      {patch.isError && (
        <p role="alert" className="problem">
          {t(consoleProblemKey(patch.error))}
        </p>
      )}
      {patch.isSuccess && <p role="status">{t('stationManager.saved')}</p>}
      <h3>{t('stationManager.hours')}</h3>
      {hours ? (
        <>
          <OpeningHoursTable hours={hours} />
          <form
            onSubmit={closedDay.handleSubmit(({ date, note }) =>
              patch.mutate({
                openingHours: { ...hours, exceptions: [...hours.exceptions, { date, kind: 'closed', ...(note ? { note } : {}) }] },
              }),
            )}
            noValidate
          >
            <h4>{t('stationManager.addClosedDay')}</h4>
            <label htmlFor="closed-date">{t('stationManager.date')}</label>
            <input id="closed-date" type="date" aria-describedby="closed-date-error" {...closedDay.register('date')} />
            <FieldError id="closed-date-error" message={closedDay.formState.errors.date?.message} />
            <label htmlFor="closed-note">{t('stationManager.closedNote')}</label>
            <input id="closed-note" aria-describedby="closed-note-error" {...closedDay.register('note')} />
            <FieldError id="closed-note-error" message={closedDay.formState.errors.note?.message} />
            <button type="submit" disabled={patch.isPending}>
              {t('stationManager.addClosedDay')}
            </button>
          </form>
        </>
      ) : (
        <p>{t('station.hoursUnknown')}</p>
      )}
    </section>
  );
}

/** What the manager changes in one save. */
type StationPatch = { contactPhone?: string | null; capacity?: number | null; openingHours?: NonNullable<Station['openingHours']> };
