import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../layout/field-error';
import { localized } from './localized';
import type { CategoryQuestion, CheckedReportForm, ReportForm } from './report-forms';

/** One of the category's questions, as the field its type asks for; a chosen option that is an emergency says whom to call. */
export function QuestionField({
  question,
  form,
}: {
  question: CategoryQuestion;
  form: UseFormReturn<ReportForm, unknown, CheckedReportForm>;
}) {
  const { t, i18n } = useTranslation();
  const name = `answers.${question.code}` as const;
  const id = `answer-${question.code}`;
  const errorId = `${id}-error`;
  const errors = form.formState.errors.answers as Record<string, { message?: string } | undefined> | undefined;
  const message = errors?.[question.code]?.message;
  const label = question.required
    ? localized(question.label, i18n.language)
    : t('report.optional', { label: localized(question.label, i18n.language) });

  if (question.type === 'text' || question.type === 'number') {
    return (
      <>
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          inputMode={question.type === 'number' ? 'decimal' : undefined}
          aria-invalid={message ? true : undefined}
          aria-describedby={errorId}
          {...form.register(name)}
        />
        <FieldError id={errorId} message={message} />
      </>
    );
  }

  const chosen = [form.watch(name)].flat();
  const emergency = question.options?.find(({ code, emergency }) => emergency && chosen.includes(code))?.emergency;
  return (
    <fieldset aria-describedby={errorId}>
      <legend>{label}</legend>
      {question.options?.map((option) => (
        <div className="choice" key={option.code}>
          <input
            id={`${id}-${option.code}`}
            type={question.type === 'single-choice' ? 'radio' : 'checkbox'}
            value={option.code}
            {...form.register(name)}
          />
          <label htmlFor={`${id}-${option.code}`}>{localized(option.label, i18n.language)}</label>
        </div>
      ))}
      <FieldError id={errorId} message={message} />
      {emergency && (
        <p role="alert" className="problem">
          {localized(emergency.guidance, i18n.language)}{' '}
          <a href={`tel:${emergency.call}`}>{t('report.call', { number: emergency.call })}</a>
        </p>
      )}
    </fieldset>
  );
}
