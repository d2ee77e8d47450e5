import { useTranslation } from 'react-i18next';
import { browserTimeZone, formatDay, localDay } from '@/lib/time';

/** The `YYYY-MM-DD` day a stored date stands for: the server keeps a day as midnight UTC. */
export function storedDay(timestamp: string | null): string {
  return timestamp ? localDay(timestamp, 'UTC') : '';
}

/** Today where the user is: the latest day a date of birth or a diagnosis may take. */
export function today(): string {
  return localDay(new Date(), browserTimeZone());
}

/**
 * The hint of a date input: its own text, then the day entered in words in the app's language.
 * A date input shows digits in the browser's order (03/02/2010), which words make unambiguous.
 */
export function useDayHint(): (day: string, hint?: string) => string | undefined {
  const { t } = useTranslation('profile');
  return (day, hint) => {
    const words = /^\d{4}-\d{2}-\d{2}$/.test(day)
      ? t('dayEntered', { day: formatDay(day, { day: 'numeric', month: 'long', year: 'numeric' }) })
      : '';
    return [hint, words].filter(Boolean).join(' ') || undefined;
  };
}
