import { zodResolver } from '@hookform/resolvers/zod';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { forwardRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../layout/field-error';
import { consoleProblemKey } from '../console-problem';
import { type ChosenForm, chosenFormSchema } from './city-office-forms';

/** A city-office change: once the gateway took it, the lists it changes are asked for again. */
export function useCityOfficeAction<TValues, TResult>(act: (values: TValues) => Promise<TResult>, changes: QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: act,
    onSuccess: () => Promise.all(changes.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

/** What became of the last change: the problem the gateway named (an alert), or that it was done. */
export function ActionOutcome({ action, done }: { action: { isError: boolean; isSuccess: boolean; error: unknown }; done: string }) {
  const { t } = useTranslation();
  if (action.isError)
    return (
      <p role="alert" className="problem">
        {t(consoleProblemKey(action.error))}
      </p>
    );
  return <p role="status">{action.isSuccess ? done : null}</p>;
}

/** A form of a section: its own heading (h3) names it for assistive technology. */
export function ActionForm({ id, title, onSubmit, children }: { id: string; title: string; onSubmit: () => unknown; children: ReactNode }) {
  return (
    <form
      className="action-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
    </form>
  );
}

interface FieldProps {
  id: string;
  label: string;
  /** The catalogue key of the field's problem. */
  error?: string;
}

/** A labelled input with its problem linked to it; the props go to the input (react-hook-form's `register`). */
export const TextField = forwardRef<HTMLInputElement, FieldProps & InputHTMLAttributes<HTMLInputElement>>(function TextField(
  { id, label, error, ...input },
  ref,
) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} ref={ref} aria-invalid={error ? true : undefined} aria-describedby={`${id}-error`} {...input} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
});

/** A labelled select of `options` (value and label), with its problem linked to it. */
export const SelectField = forwardRef<
  HTMLSelectElement,
  FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }
>(function SelectField({ id, label, error, options, ...select }, ref) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} ref={ref} aria-invalid={error ? true : undefined} aria-describedby={`${id}-error`} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
});

export interface ChooseOneFormProps {
  id: string;
  title: string;
  hint: string;
  label: string;
  /** The choices, after a first empty one labelled `placeholder`. */
  placeholder: string;
  options: { value: string; label: string }[];
  submit: string;
  done: string;
  /** What to do to the one chosen (retire it, withdraw it). */
  act: (id: string) => Promise<unknown>;
  changes: QueryKey[];
}

/** A form that does one thing to one item of a list: choose it, then act (retire a rule, withdraw a reward). */
export function ChooseOneForm({ id, title, hint, label, placeholder, options, submit, done, act, changes }: ChooseOneFormProps) {
  const form = useForm<ChosenForm>({ resolver: zodResolver(chosenFormSchema), defaultValues: { id: '' } });
  const action = useCityOfficeAction(({ id: chosen }: ChosenForm) => act(chosen), changes);
  return (
    <ActionForm id={id} title={title} onSubmit={form.handleSubmit((values) => action.mutate(values, { onSuccess: () => form.reset() }))}>
      <p>{hint}</p>
      <SelectField
        id={`${id}-choice`}
        label={label}
        error={form.formState.errors.id?.message}
        options={[{ value: '', label: placeholder }, ...options]}
        {...form.register('id')}
      />
      <button type="submit" disabled={action.isPending}>
        {submit}
      </button>
      <ActionOutcome action={action} done={done} />
    </ActionForm>
  );
}
