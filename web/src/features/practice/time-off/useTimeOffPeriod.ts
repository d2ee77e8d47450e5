import { useTranslation } from 'react-i18next';
import type { TimeOff } from '@/api/doctors';
import { addDays, formatDateTime, formatDay, formatTime, localDay } from '@/lib/time';
import { capitalize } from '../capitalize';
import { wallTime } from '../zonedTime';

const dayFormat: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const instantFormat: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' };

/**
 * Puts a time off in words, in the doctor's zone: as days when it runs from midnight to midnight,
 * as hours when it lies within one day, else with both dates and times.
 */
export function useTimeOffPeriod(timeZone: string): (timeOff: Pick<TimeOff, 'start' | 'end'>) => string {
  const { t } = useTranslation('practice');
  return ({ start, end }) => {
    if (wallTime(start, timeZone) === '00:00' && wallTime(end, timeZone) === '00:00') {
      const first = localDay(start, timeZone);
      // The end is exclusive: the last day off is the one before it.
      const last = addDays(localDay(end, timeZone), -1);
      return first === last
        ? capitalize(formatDay(first, dayFormat))
        : t('timeOff.days', { first: formatDay(first, dayFormat), last: formatDay(last, dayFormat) });
    }
    if (localDay(start, timeZone) === localDay(end, timeZone)) {
      return t('timeOff.hours', {
        day: capitalize(formatDay(localDay(start, timeZone), dayFormat)),
        start: formatTime(start, timeZone),
        end: formatTime(end, timeZone),
      });
    }
    return t('timeOff.period', {
      start: formatDateTime(start, timeZone, instantFormat),
      end: formatDateTime(end, timeZone, instantFormat),
    });
  };
}
