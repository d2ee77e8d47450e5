import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import type { Slot } from '@/api/doctors';
import { formatWallMinutes } from '../zonedTime';
import type { CalendarDay } from './calendarDays';
import { hourBounds, rowCount, rowsOf } from './calendarGrid';
import { DayColumn } from './DayColumn';
import '../practice.css';

interface CalendarGridProps {
  days: CalendarDay[];
  today: string;
  now: number;
  timeZone: string;
  linkTo: (appointment: Appointment) => string;
  /** Books a free slot for a patient. */
  onBook: (slot: Slot) => void;
}

/**
 * The day or week as a calendar: hours down the side, a column per day. On a screen too narrow for
 * a week, the calendar scrolls sideways inside its frame, its hours staying in view.
 */
export function CalendarGrid({ days, today, now, timeZone, linkTo, onBook }: CalendarGridProps) {
  const { t } = useTranslation('practice');
  const bounds = hourBounds(days.flatMap((day) => [...day.windows, ...day.entries]));
  const hours = Array.from({ length: bounds.last - bounds.first }, (_, index) => bounds.first + index);
  const style = { '--agenda-rows': rowCount(bounds), '--agenda-days': days.length } as CSSProperties;
  return (
    // Focusable so that a keyboard can scroll it when it is wider than the screen.
    <div className="agenda-frame" role="region" aria-label={t('agenda.calendar')} tabIndex={0}>
      <div className={days.length > 1 ? 'agenda-grid agenda-grid-week' : 'agenda-grid'} style={style}>
        <div className="agenda-gutter" aria-hidden="true">
          <div className="agenda-gutter-body">
            {hours.map((hour) => {
              const rows = rowsOf({ start: hour * 60, end: (hour + 1) * 60 }, bounds);
              return rows && <span key={hour} style={{ gridRow: `${rows.from} / ${rows.to}` }}>{formatWallMinutes(hour * 60)}</span>;
            })}
          </div>
        </div>
        {days.map((day) => (
          <DayColumn key={day.day} day={day} bounds={bounds} isToday={day.day === today} now={now} timeZone={timeZone}
                     linkTo={linkTo} onBook={onBook} />
        ))}
      </div>
    </div>
  );
}
