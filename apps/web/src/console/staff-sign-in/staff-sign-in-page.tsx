import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { authApi, sessionStore } from '../../api/api-client';
import { ApiProblem } from '../../api/api-problem';
import { FieldError } from '../../layout/field-error';
import type { TokenPair } from '../../session/session-store';
import { useSession } from '../../session/use-session';
import { consoleScreensOf } from '../console-screens';
import { staffSignInFormSchema, type StaffSignInForm } from './staff-sign-in-forms';

/** Staff (community, department, station manager, city office) sign in with the account the city office gave them. */
export function StaffSignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const form = useForm<StaffSignInForm>({ resolver: zodResolver(staffSignInFormSchema), defaultValues: { username: '', password: '' } });
  const [problem, setProblem] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (body) => {
    setProblem(null);
    const { data, error, response } = await authApi.POST('/api/v1/auth/staff/sign-in', { body });
    if (!data) return setProblem(problemMessageKey(ApiProblem.from(response.status, error)));
    if (consoleScreensOf(data.account.role).length === 0) return setProblem('staffSignIn.errors.notStaff');
    sessionStore.signedIn(data as TokenPair);
    void navigate('/console', { replace: true });
  });

  if (session && consoleScreensOf(session.account.role).length > 0) return <Navigate to="/console" replace />;
  return (
    <main className="page narrow">
      <h1>{t('staffSignIn.title')}</h1>
      <form onSubmit={submit} noValidate>
        <label htmlFor="username">{t('staffSignIn.username')}</label>
        <input
          id="username"
          autoComplete="username"
          aria-invalid={errors.username ? true : undefined}
          aria-describedby="username-error"
          {...form.register('username')}
        />
        <FieldError id="username-error" message={errors.username?.message} />
        <label htmlFor="password">{t('staffSignIn.password')}</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby="password-error"
          {...form.register('password')}
        />
        <FieldError id="password-error" message={errors.password?.message} />
        {problem && (
          <p role="alert" className="problem">
            {t(problem)}
          </p>
        )}
        <button type="submit" disabled={isSubmitting}>
          {t('staffSignIn.signIn')}
        </button>
      </form>
    </main>
  );
}

/** The sign-in problems staff can act on, each with its message; anything else is a generic failure. */
function problemMessageKey({ code }: ApiProblem): string {
  switch (code) {
    case 'invalid-credentials':
      return 'staffSignIn.errors.invalidCredentials';
    case 'account-disabled':
      return 'staffSignIn.errors.accountDisabled';
    case 'sign-in-slowed-down':
    case 'sign-in-locked':
    case 'too-many-requests':
      return 'staffSignIn.errors.tooManyAttempts';
    default:
      return 'errors.unexpected';
  }
}
