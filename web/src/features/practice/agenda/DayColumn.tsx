import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import type { Slot } from '@/api/doctors';
import { formatDay } from '@/lib/time';
import { capitalize } from '../capitalize';
import { formatWallMinutes, wallTime } from '../zonedTime';
import { BookingEntry } from './BookingEntry';
import type { CalendarDay, CalendarEntry, TimeOffOnDay } from './calendarDays';
import {
  dayMinutes, minutesOf, rowsOf, sideBySide, type HourBounds, type Placed, type Rows, type Span,
} from './calendarGrid';

interface DayColumnProps {
  day: CalendarDay;
  bounds: HourBounds;
  isToday: boolean;
  now: number;
  timeZone: string;
  linkTo: (appointment: Appointment) => string;
  onBook: (slot: Slot) => void;
}

function placement(rows: Rows, lane = 0, lanes = 1): CSSProperties {
  return { gridRow: `${rows.from} / ${rows.to}`, '--lane': lane, '--lanes': lanes } as CSSProperties;
}

function spanText({ start, end }: Span): string {
  return `${formatWallMinutes(start)} – ${formatWallMinutes(end)}`;
}

/**
 * One day of the calendar: its heading and hours, then, in time order, its time off, free slots and
 * bookings, each placed at its time and as long as it lasts over the working hours' open background.
 */
export function DayColumn({ day, bounds, isToday, now, timeZone, linkTo, onBook }: DayColumnProps) {
  const { t } = useTranslation('practice');
  const headingId = `agenda-day-${day.day}`;
  const inTimeOff = new Set(day.timeOff.flatMap((period) => period.bookings.map((booking) => booking._id)));
  const entryNode = ({ item, lane, lanes }: Placed<CalendarEntry>) => {
    const rows = rowsOf(item, bounds);
    if (!rows) return null;
    if (item.kind === 'free') {
      return (
        <FreeSlot key={item.slot.start} span={item} style={placement(rows, lane, lanes)} onBook={() => onBook(item.slot)} />
      );
    }
    const { appointment } = item;
    return (
      <BookingEntry key={appointment._id} appointment={appointment}
                    inTimeOff={inTimeOff.has(appointment._id)} timeZone={timeZone} now={now}
                    to={linkTo(appointment)} style={placement(rows, lane, lanes)} />
    );
  };
  // Read in time order, whatever the layers they are drawn on.
  const items = [
    ...day.timeOff.map((period) => ({
      start: period.start, node: <TimeOffBand key={period.timeOff._id} period={period} bounds={bounds} />,
    })),
    ...sideBySide(day.entries).map((placed) => ({ start: placed.item.start, node: entryNode(placed) })),
  ].sort((a, b) => a.start - b.start);
  const nowMinutes = isToday ? minutesOf(wallTime(new Date(now), timeZone)) : null;
  const nowRows = nowMinutes === null ? null : rowsOf({ start: nowMinutes, end: nowMinutes + 1 }, bounds);
  return (
    <section className={day.off ? 'agenda-day agenda-day-off' : 'agenda-day'} aria-labelledby={headingId}>
      <div className="agenda-day-head">
        <h3 id={headingId}>
          <span className="agenda-weekday">{capitalize(formatDay(day.day, { weekday: 'long' }))}</span>{' '}
          <span className="agenda-date">{formatDay(day.day, { day: 'numeric', month: 'long' })}</span>
          {isToday && <> <span className="badge practice-today">{t('agenda.todayMark')}</span></>}
        </h3>
        <p className="agenda-day-hours">
          {day.windows.length > 0 ? day.windows.map(spanText).join(', ') : t('agenda.noHours')}
        </p>
        {day.off && <p className="badge practice-badge-warning">{t('agenda.dayOff')}</p>}
        {day.timeOff.map((period) => <TimeOffNote key={period.timeOff._id} period={period} />)}
      </div>
      <div className="agenda-day-body">
        {day.windows.map((window) => {
          const rows = rowsOf(window, bounds);
          return rows && <div key={window.start} className="agenda-open" aria-hidden="true" style={placement(rows)} />;
        })}
        <div className="agenda-lines" aria-hidden="true" />
        {nowRows && <div className="agenda-now" aria-hidden="true" style={placement(nowRows)} />}
        <ol className="agenda-entries">{items.map((item) => item.node)}</ol>
      </div>
    </section>
  );
}

/**
 * Time off in the day's heading, where bookings cannot hide it: its hours unless it takes the whole
 * day, its reason, and the bookings still standing in it, with the way to the page that cancels them.
 */
function TimeOffNote({ period }: { period: TimeOffOnDay }) {
  const { t } = useTranslation('practice');
  const wholeDay = period.start === 0 && period.end === dayMinutes;
  const what = [!wholeDay && t('agenda.timeOffFrom', { time: spanText(period) }), period.timeOff.reason]
    .filter(Boolean).join(' · ');
  return (
    <>
      {what && <p className="agenda-day-time-off">{what}</p>}
      {period.bookings.length > 0 && (
        <p className="agenda-day-alert">
          {t('agenda.bookingsInTimeOff', { count: period.bookings.length })}{' '}
          <Link to="/practice/time-off">{t('agenda.cancelInTimeOff')}</Link>
        </p>
      )}
    </>
  );
}

interface FreeSlotProps {
  span: Span;
  style: CSSProperties;
  onBook: () => void;
}

/** A slot still free, as patients are offered it, which the practice books for a patient on the phone. */
function FreeSlot({ span, style, onBook }: FreeSlotProps) {
  const { t } = useTranslation('practice');
  const label = t('agenda.bookFreeSlot', { time: spanText(span) });
  return (
    <li className="agenda-entry agenda-free" style={style}>
      <button type="button" aria-label={label} title={label} onClick={onBook}>
        {t('agenda.freeSlot', { time: spanText(span) })}
      </button>
    </li>
  );
}

/** Time off, shaded across the day, with its reason. */
function TimeOffBand({ period, bounds }: { period: TimeOffOnDay; bounds: HourBounds }) {
  const { t } = useTranslation('practice');
  const rows = rowsOf(period, bounds);
  if (!rows) return null;
  const allShown = period.start <= bounds.first * 60 && period.end >= bounds.last * 60;
  return (
    <li className="agenda-entry agenda-time-off" style={placement(rows)}>
      <span className="agenda-time-off-label">
        {allShown ? t('agenda.timeOff') : t('agenda.timeOffFrom', { time: spanText(period) })}
      </span>
      {period.timeOff.reason && ` · ${period.timeOff.reason}`}
    </li>
  );
}
