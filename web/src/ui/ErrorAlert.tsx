import { useTranslation } from 'react-i18next';
import { fieldProblemLine, fieldProblemTexts, useErrorText } from './errors';

interface ErrorAlertProps {
  error: unknown;
  /** Field problems already shown next to their fields, not to repeat here. */
  shownFields?: readonly string[];
  onRetry?: () => void;
  /** What to say instead of the error's usual text, where the page can say it better. */
  message?: string | undefined;
}

/** A failed action's message, announced to screen readers, with any field problems not shown elsewhere. */
export function ErrorAlert({ error, shownFields = [], onRetry, message }: ErrorAlertProps) {
  const { t } = useTranslation('errors');
  const errorText = useErrorText();
  if (!error) return null;
  const otherFields = Object.entries(fieldProblemTexts(error)).filter(([field]) => !shownFields.includes(field));
  return (
    <div className="alert alert-error" role="alert">
      <p>{message ?? errorText(error)}</p>
      {otherFields.length > 0 && (
        <ul>
          {otherFields.map(([field, problem]) => (
            <li key={field}>{fieldProblemLine(field, problem)}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
