import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import i18n from '../i18n';
import { ApiError } from '../api/client';

// Server problems that carry numbers: matched by shape, translated with the numbers kept.
const problemShapes: Array<[RegExp, string, (match: RegExpMatchArray) => Record<string, string>]> = [
  [/^must be at most (\d+) characters$/, 'maxCharacters', (m) => ({ count: m[1]! })],
  [/^must be at least (\d+) characters$/, 'minCharacters', (m) => ({ count: m[1]! })],
  [/^must be (\d+) to (\d+) characters$/, 'characterRange', (m) => ({ min: m[1]!, max: m[2]! })],
  [/^must be between (\S+) and (\S+)$/, 'between', (m) => ({ min: m[1]!, max: m[2]! })],
  [/^must have at most (\d+) \w+$/, 'maxItems', (m) => ({ count: m[1]! })],
  [/^must be one of (.+)$/, 'oneOf', (m) => ({ values: m[1]! })],
];

/** A server field problem in the user's language; the server's English when there is no translation. */
export function problemText(problem: string): string {
  const problems = i18n.getResource(i18n.resolvedLanguage ?? 'en', 'errors', 'problems') as
    | Record<string, string>
    | undefined;
  const exact = problems?.[problem];
  if (exact) return exact;
  for (const [shape, key, values] of problemShapes) {
    const match = problem.match(shape);
    if (match) return i18n.t(`errors:shapes.${key}`, values(match));
  }
  return problem;
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

/**
 * Puts the server's per-field problems on the form's fields. `fieldNames` maps a server field
 * (dotted for nested ones) to the form field when they differ. Returns the problems that match
 * no form field, so the caller can show them beside the form.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  formFields: readonly Path<T>[],
  fieldNames: Record<string, Path<T>> = {},
): Record<string, string> {
  const unmatched: Record<string, string> = {};
  if (!(error instanceof ApiError)) return unmatched;
  let focused = false;
  for (const [serverField, problem] of Object.entries(error.fields)) {
    const name = fieldNames[serverField] ?? (serverField as Path<T>);
    if (formFields.includes(name)) {
      setError(name, { type: 'server', message: problemText(problem) }, { shouldFocus: !focused });
      focused = true;
    } else {
      unmatched[serverField] = problemText(problem);
    }
  }
  return unmatched;
}
