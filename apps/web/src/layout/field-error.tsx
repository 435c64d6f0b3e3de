import { useTranslation } from 'react-i18next';

/** A form field's problem, named by its message key, linked to the field with aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field-error" role={message ? 'alert' : undefined}>
      {message ? t(message) : null}
    </p>
  );
}
