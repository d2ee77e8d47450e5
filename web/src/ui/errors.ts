import { useTranslation } from 'react-i18next';
import i18n, { currentLocale } from '../i18n';
import { ApiError, type FieldProblem } from '../api/client';
import { weekdays, type Weekday } from '../api/doctors';

/** The day in the user's language ("lundi" for "monday"); 1 January 2024 was a Monday. */
function weekdayName(day: string): string {
  const index = weekdays.indexOf(day as Weekday);
  if (index < 0) return day;
  return new Intl.DateTimeFormat(currentLocale(), { weekday: 'long', timeZone: 'UTC' })
    .format(Date.UTC(2024, 0, 1 + index));
}

// Parameters that name something in English (another field, a weekday, a consultation mode):
// said in the user's words.
const paramWords: Record<string, (value: string) => string> = {
  other: (field) => i18n.t(`errors:fieldNames.${field}`, { defaultValue: field }),
  day: weekdayName,
  mode: (mode) => i18n.t(`errors:modes.${mode}`, { defaultValue: mode }),
};

/** A server field problem in the user's language by its code; the server's English for a code the app does not know. */
export function problemText({ code, message, params = {} }: FieldProblem): string {
  const key = `errors:problems.${code}`;
  if (!i18n.exists(key)) return message;
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => {
    const words = paramWords[name];
    return [name, words && typeof value === 'string' ? words(value) : value];
  }));
  return i18n.t(key, values);
}

/**
 * A field problem in a list of them, away from its field: "name: is required". A problem that is
 * a sentence of its own ("This password is one of the most common…") already names its subject.
 */
export function fieldProblemLine(field: string, problem: string): string {
  return /^\p{Lu}/u.test(problem) ? problem : i18n.t('errors:fieldProblem', { field, problem });
}

/**
 * The field problems of a failed request in the user's language, by server field (dotted for
 * nested ones). A server that sends no `problems` has only its English `fields` to show.
 */
export function fieldProblemTexts(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const texts = { ...error.fields };
  for (const [field, problem] of Object.entries(error.problems)) texts[field] = problemText(problem);
  return texts;
}

/** What to tell the user about a failed request, in their language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation('errors');
  return (error: unknown) => {
    if (error instanceof ApiError) {
      const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
      return t(`codes.${error.code}`, { defaultValue: error.message, minutes });
    }
    return t('unexpected');
  };
}
