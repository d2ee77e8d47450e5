import type { TFunction } from 'i18next';
import { browserTimeZone, formatDate, localDay } from '@/lib/time';

/** Whole years from a birth day to a day, both "YYYY-MM-DD". */
export function ageOn(birth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5, 10) ? years - 1 : years;
}

/**
 * "17 May 1990 (36 years old)": a date of birth, which the server keeps as midnight UTC of the
 * day, and the age it gives today.
 */
export function birthAndAge(birth: string, t: TFunction<'practice'>): string {
  return t('patient.birthAndAge', {
    date: formatDate(birth, 'UTC', { dateStyle: 'long' }),
    count: ageOn(birth.slice(0, 10), localDay(new Date(), browserTimeZone())),
  });
}
