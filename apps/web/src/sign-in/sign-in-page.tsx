import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ApiProblem } from '../api/api-problem';
import { authApi, sessionStore } from '../api/api-client';
import type { TokenPair } from '../session/session-store';
import { useSession } from '../session/use-session';
import { FieldError } from '../layout/field-error';
import { WORKER_TYPES } from '../vocabulary';
import { codeFormSchema, type CodeForm, PRIVACY_NOTICE_VERSION, phoneFormSchema, type PhoneForm, signUpFormSchema } from './sign-in-forms';

/** Sign in (or sign up) with a mobile number and the six-digit code the gateway sends it by SMS. */
export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [phone, setPhone] = useState<string | null>(null);

  if (session) return <Navigate to="/" replace />;
  return (
    <main className="page narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {phone === null ? <PhoneStep onCodeSent={setPhone} /> : <CodeStep phone={phone} onChangePhone={() => setPhone(null)} />}
    </main>
  );
}

function PhoneStep({ onCodeSent }: { onCodeSent: (phone: string) => void }) {
  const { t } = useTranslation();
  const form = useForm<PhoneForm>({ resolver: zodResolver(phoneFormSchema), defaultValues: { phone: '' } });
  const [problem, setProblem] = useState<string | null>(null);

  const submit = form.handleSubmit(async ({ phone }) => {
    setProblem(null);
    const { response, error } = await authApi.POST('/api/v1/auth/phone/code', { body: { phone } });
    if (response.ok) onCodeSent(phone);
    else setProblem(problemMessageKey(ApiProblem.from(response.status, error)));
  });

  return (
    <form onSubmit={submit} noValidate aria-describedby={problem ? 'phone-problem' : undefined}>
      <label htmlFor="phone">{t('signIn.phone')}</label>
      <input
        id="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        aria-invalid={form.formState.errors.phone ? true : undefined}
        aria-describedby="phone-error"
        {...form.register('phone')}
      />
      <FieldError id="phone-error" message={form.formState.errors.phone?.message} />
      {problem && (
        <p id="phone-problem" role="alert" className="problem">
          {t(problem)}
        </p>
      )}
      <button type="submit" disabled={form.formState.isSubmitting}>
        {t('signIn.sendCode')}
      </button>
    </form>
  );
}

function CodeStep({ phone, onChangePhone }: { phone: string; onChangePhone: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [newWorker, setNewWorker] = useState(false);
  const form = useForm<CodeForm>({ resolver: zodResolver(newWorker ? signUpFormSchema : codeFormSchema), defaultValues: { code: '' } });
  const [problem, setProblem] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ code, displayName, workerType }) => {
    setProblem(null);
    const profile =
      newWorker && displayName && workerType
        ? { displayName, workerType, language: i18n.language as 'zh-CN' | 'en', consent: { version: PRIVACY_NOTICE_VERSION } }
        : undefined;
    const { data, error, response } = await authApi.POST('/api/v1/auth/phone/sign-in', { body: { phone, code, profile } });
    if (data) {
      sessionStore.signedIn(data as TokenPair);
      void navigate('/', { replace: true });
      return;
    }
    const answer = ApiProblem.from(response.status, error);
    if (answer.code === 'profile-required') setNewWorker(true);
    setProblem(problemMessageKey(answer));
  });

  return (
    <form onSubmit={submit} noValidate>
      <p>{t('signIn.codeSent', { phone })}</p>
      <label htmlFor="code">{t('signIn.code')}</label>
      <input
        id="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        aria-invalid={errors.code ? true : undefined}
        aria-describedby="code-error"
        {...form.register('code')}
      />
      <FieldError id="code-error" message={errors.code?.message} />
      {newWorker && (
        <fieldset>
          <legend>{t('signIn.aboutYou')}</legend>
          <label htmlFor="displayName">{t('signIn.displayName')}</label>
          <input id="displayName" autoComplete="nickname" aria-describedby="displayName-error" {...form.register('displayName')} />
          <FieldError id="displayName-error" message={errors.displayName?.message} />
          <label htmlFor="workerType">{t('signIn.workerType')}</label>
          <select id="workerType" aria-describedby="workerType-error" defaultValue="" {...form.register('workerType')}>
            <option value="" disabled>
              {t('signIn.chooseWorkerType')}
            </option>
            {WORKER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`workerType.${type}`)}
              </option>
            ))}
          </select>
          <FieldError id="workerType-error" message={errors.workerType?.message} />
          <div className="checkbox">
            <input id="consent" type="checkbox" aria-describedby="consent-error" {...form.register('consent')} />
            <label htmlFor="consent">{t('signIn.consent', { version: PRIVACY_NOTICE_VERSION })}</label>
          </div>
          <FieldError id="consent-error" message={errors.consent?.message} />
        </fieldset>
      )}
      {problem && (
        <p role="alert" className="problem">
          {t(problem)}
        </p>
      )}
      <button type="submit" disabled={isSubmitting}>
        {newWorker ? t('signIn.signUp') : t('signIn.signIn')}
      </button>
      <button type="button" className="link" onClick={onChangePhone}>
        {t('signIn.otherNumber')}
      </button>
    </form>
  );
}

/** The gateway's problems a worker can act on, each with its message; anything else is a generic failure. */
function problemMessageKey({ code }: ApiProblem): string {
  switch (code) {
    case 'validation-failed':
      return 'signIn.errors.phoneInvalid';
    case 'too-many-requests':
      return 'signIn.errors.tooManyRequests';
    case 'code-incorrect':
      return 'signIn.errors.codeIncorrect';
    case 'code-expired':
      return 'signIn.errors.codeExpired';
    case 'profile-required':
      return 'signIn.errors.profileRequired';
    case 'privacy-notice-outdated':
      return 'signIn.errors.privacyNoticeOutdated';
    default:
      return 'errors.unexpected';
  }
}
