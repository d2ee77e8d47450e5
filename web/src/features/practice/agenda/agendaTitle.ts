import type { TFunction } from 'i18next';
import { formatDay } from '@/lib/time';
import { capitalize } from '../capitalize';
import type { AgendaRange, AgendaView } from './agendaRange';

const fullDay: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/**
 * "Tuesday, 24 November 2026" for a day; "Week of 23 to 29 November 2026" for a week, whose first
 * day says only what differs from the last.
 */
export function agendaTitle(view: AgendaView, { days }: AgendaRange, t: TFunction<'practice'>): string {
  const first = days[0] ?? '';
  const last = days[days.length - 1] ?? '';
  if (view === 'day') return capitalize(formatDay(first, { weekday: 'long', ...fullDay }));
  const firstFormat: Intl.DateTimeFormatOptions =
    first.slice(0, 4) !== last.slice(0, 4) ? fullDay
      : first.slice(0, 7) !== last.slice(0, 7) ? { day: 'numeric', month: 'long' }
        : { day: 'numeric' };
  return t('agenda.weekTitle', { first: formatDay(first, firstFormat), last: formatDay(last, fullDay) });
}
