import './report.css';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { v4 as uuidv4 } from 'uuid';
import { api } from '../api/api-client';
import { dataOf } from '../api/api-problem';
import type { Position } from '../home/station-filters';
import { type DevicePosition, useDevicePosition } from '../home/use-device-position';
import { FieldError } from '../layout/field-error';
import { reportQueue } from '../offline/use-report-queue';
import { useSession } from '../session/use-session';
import { localized } from './localized';
import { pinAccuracyMeters } from './pin-accuracy';
import { type Direction, nudge } from './pin-nudge';
import { PhotoPicker } from './photo-picker';
import { QuestionField } from './question-field';
import { type CheckedReportForm, type ReportCategory, type ReportForm, reportFormSchema, submittedAnswers } from './report-forms';
import { reportProblemKey } from './report-problem';

// Leaflet is the largest part of the app: loaded only once the worker reports something.
const PinMap = lazy(() => import('./pin-map'));

const DIRECTIONS: Direction[] = ['north', 'south', 'west', 'east'];

/** Report a problem in under 30 seconds: photos, a category and its questions, the place, optionally a few words. */
export function ReportPage() {
  const { t } = useTranslation();
  const device = useDevicePosition();
  const categories = useQuery({
    queryKey: ['report-categories'],
    queryFn: async () => dataOf(await api.GET('/api/v1/report-categories')).items,
    staleTime: 60 * 60_000,
  });

  return (
    <main className="page">
      <h1>{t('report.title')}</h1>
      {categories.isError ? (
        <p role="alert">{t('errors.unexpected')}</p>
      ) : !categories.data || device.status === 'locating' ? (
        <p role="status">{t('report.loading')}</p>
      ) : (
        <ReportFormView categories={categories.data} device={device} />
      )}
    </main>
  );
}

function ReportFormView({ categories, device }: { categories: ReportCategory[]; device: Exclude<DevicePosition, { status: 'locating' }> }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const [categoryCode, setCategoryCode] = useState('');
  const category = categories.find(({ code }) => code === categoryCode);
  const schema = useMemo(() => reportFormSchema(category?.questions ?? []), [category]);
  const form = useForm<ReportForm, unknown, CheckedReportForm>({
    resolver: zodResolver(schema) as unknown as Resolver<ReportForm, unknown, CheckedReportForm>,
    defaultValues: { category: '', description: '', answers: {} },
  });
  const [photos, setPhotos] = useState<Blob[]>([]);
  const [photosMissing, setPhotosMissing] = useState(false);
  const [pin, setPin] = useState<Position>(device.position);
  const [pinMoved, setPinMoved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;

  const movePin = (position: Position) => {
    setPin(position);
    setPinMoved(true);
  };

  const submit = form.handleSubmit(async (checked) => {
    setProblem(null);
    if (!category || !session) return;
    if (photos.length === 0) {
      setPhotosMissing(true);
      return;
    }
    const idempotencyKey = uuidv4();
    const kept = reportQueue.capture({
      reporterId: session.account.id,
      idempotencyKey,
      capturedAt: new Date().toISOString(),
      photos,
      report: {
        category: category.code,
        // The gateway asks for a description; a worker in a hurry leaves it to the category's name.
        description: checked.description || localized(category.name, i18n.language),
        location: { ...pin, accuracyMeters: pinAccuracyMeters(device, pinMoved) },
        answers: submittedAnswers(checked.answers),
      },
    });
    // The phone would not keep it (no storage left, a private window): nothing was sent, the worker may try again.
    if (
      !(await kept.then(
        () => true,
        () => false,
      ))
    ) {
      setProblem('errors.unexpected');
      return;
    }
    const outcome = navigator.onLine ? await reportQueue.send(idempotencyKey) : { kept: 'offline' };
    if ('sent' in outcome) {
      await queryClient.invalidateQueries({ queryKey: ['my-reports'] });
      void navigate(`/reports/${outcome.sent.id}`);
    } else if ('kept' in outcome) {
      void navigate('/reports');
    } else {
      await reportQueue.dismiss(idempotencyKey);
      setProblem(reportProblemKey(outcome.refused));
    }
  });

  return (
    <form className="report-form" onSubmit={submit} noValidate>
      <PhotoPicker
        photos={photos}
        onChange={(chosen) => {
          setPhotos(chosen);
          setPhotosMissing(false);
        }}
        missing={photosMissing}
      />
      <section aria-labelledby="category-heading">
        <h2 id="category-heading">{t('report.whatIsIt')}</h2>
        <label htmlFor="category">{t('report.category')}</label>
        <select
          id="category"
          aria-invalid={errors.category ? true : undefined}
          aria-describedby="category-error category-description"
          {...form.register('category', { onChange: (event) => setCategoryCode(event.target.value) })}
        >
          <option value="" disabled>
            {t('report.chooseCategory')}
          </option>
          {categories.map((choice) => (
            <option key={choice.code} value={choice.code}>
              {localized(choice.name, i18n.language)}
            </option>
          ))}
        </select>
        <FieldError id="category-error" message={errors.category?.message} />
        <p id="category-description">{category && localized(category.description, i18n.language)}</p>
        {category?.questions.map((question) => (
          <QuestionField key={`${category.code}.${question.code}`} question={question} form={form} />
        ))}
      </section>
      <section aria-labelledby="where-heading">
        <h2 id="where-heading">{t('report.where')}</h2>
        {device.status === 'unavailable' && <p role="status">{t('report.locationUnavailable')}</p>}
        <Suspense fallback={<p role="status">{t('report.mapLoading')}</p>}>
          <PinMap position={pin} onMove={movePin} />
        </Suspense>
        <p id="pin-position" data-testid="pin-position">
          {t('report.pinAt', { lat: pin.lat.toFixed(5), lng: pin.lng.toFixed(5) })}
        </p>
        <div className="nudge" role="group" aria-label={t('report.movePin')}>
          {DIRECTIONS.map((direction) => (
            <button key={direction} type="button" aria-describedby="pin-position" onClick={() => movePin(nudge(pin, direction))}>
              {t(`report.nudge.${direction}`)}
            </button>
          ))}
        </div>
      </section>
      <label htmlFor="description">{t('report.description')}</label>
      <textarea
        id="description"
        rows={3}
        aria-invalid={errors.description ? true : undefined}
        aria-describedby="description-error"
        {...form.register('description')}
      />
      <FieldError id="description-error" message={errors.description?.message} />
      {problem && (
        <p role="alert" className="problem">
          {t(problem)}
        </p>
      )}
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('report.sending') : t('report.send')}
      </button>
    </form>
  );
}
