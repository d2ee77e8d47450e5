import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { directoryApi, type DoctorListing, type Slot } from '@/api/doctors';
import { browserTimeZone, formatDay, localDay, sameWallClock, timeZoneLabel } from '@/lib/time';
import { QueryResult } from '@/ui/QueryResult';
import { careKeys } from '../queryKeys';
import { YourTimeZoneNote, ZonedTime } from '../ZonedTime';
import { doctorDayRange, slotsByDay, weekDays, weekOf } from './slotWeeks';
import '../care.css';

interface SlotCalendarProps {
  doctor: DoctorListing;
  /** Called with the slot the patient picks; without it the times are shown but not offered. */
  onChoose?: (slot: Slot) => void;
  /** An instant whose week to open on (moving an appointment: its own week); else this week. */
  opensOn?: string;
  /** The visit reason whose length the slots must have; else the doctor's consultation length. */
  reasonId?: string;
}

/**
 * A doctor's free slots week by week, on the patient's days and clock. The week shown is in the
 * URL (`?week=2`) so that coming back from a chosen slot returns to it.
 */
export function SlotCalendar({ doctor, onChoose, opensOn, reasonId }: SlotCalendarProps) {
  const { t } = useTranslation('care');
  const [params, setParams] = useSearchParams();
  const patientZone = browserTimeZone();
  const today = localDay(new Date(), patientZone);
  const openingWeek = opensOn ? weekOf(today, localDay(opensOn, patientZone)) : 0;
  const week = params.has('week') ? Math.max(0, Math.floor(Number(params.get('week')) || 0)) : openingWeek;
  const days = weekDays(today, week);
  const { from, to } = doctorDayRange(days);
  const slots = useQuery({
    queryKey: careKeys.slots(doctor._id, from, to, reasonId),
    queryFn: ({ signal }) => directoryApi.slots(doctor._id, from, to, reasonId, signal),
  });

  // Replacing the history entry: stepping through weeks is browsing, not navigating.
  const goToWeek = (next: number) =>
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      if (next === openingWeek) updated.delete('week');
      else updated.set('week', String(next));
      return updated;
    }, { replace: true });

  const rangeFormat: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
  return (
    <div className="care-calendar">
      <YourTimeZoneNote />
      {!sameWallClock(patientZone, doctor.timezone) && (
        <p className="care-zone-note">{t('slots.doctorZone', { zone: timeZoneLabel(doctor.timezone) })}</p>
      )}
      <div className="care-week-nav">
        <button type="button" className="button button-secondary button-small" disabled={week === 0}
                onClick={() => goToWeek(week - 1)}>
          {t('slots.previousWeek')}
        </button>
        <p className="care-week-range" aria-live="polite">
          {t('slots.weekRange', { from: formatDay(days[0]!, rangeFormat), to: formatDay(days[6]!, rangeFormat) })}
        </p>
        <button type="button" className="button button-secondary button-small" onClick={() => goToWeek(week + 1)}>
          {t('slots.nextWeek')}
        </button>
      </div>
      <QueryResult query={slots}>
        {(free) => (
          <WeekSlots doctor={doctor} days={days} today={today} week={week} onChoose={onChoose}
                     byDay={slotsByDay(free.slots, days, patientZone)} onGoToWeek={goToWeek} />
        )}
      </QueryResult>
    </div>
  );
}

interface WeekSlotsProps {
  doctor: DoctorListing;
  days: string[];
  today: string;
  week: number;
  byDay: Map<string, Slot[]>;
  onChoose?: (slot: Slot) => void;
  onGoToWeek: (week: number) => void;
}

function WeekSlots({ doctor, days, today, week, byDay, onChoose, onGoToWeek }: WeekSlotsProps) {
  const { t } = useTranslation('care');
  const idPrefix = useId();
  if ([...byDay.values()].every((slots) => slots.length === 0)) {
    const next = doctor.nextSlot;
    const nextWeek = next ? weekOf(today, localDay(next.start, browserTimeZone())) : -1;
    return (
      <div className="care-empty-week">
        <p>{t('slots.emptyWeek')}</p>
        {next && nextWeek > week && (
          <button type="button" className="button button-small" onClick={() => onGoToWeek(nextWeek)}>
            {t('slots.goToNext')}{' '}
            <ZonedTime instant={next.start} format="short" />
          </button>
        )}
      </div>
    );
  }
  return (
    <ol className="care-days">
      {days.map((day) => {
        const slots = byDay.get(day) ?? [];
        const headingId = `${idPrefix}-${day}`;
        return (
          <li key={day} className="care-day">
            <h3 id={headingId}>{day === today ? t('slots.today', { day: formatDay(day) }) : formatDay(day)}</h3>
            {slots.length === 0 ? (
              <p className="care-day-empty">{t('slots.noneThatDay')}</p>
            ) : (
              <ul className="care-slots" aria-labelledby={headingId}>
                {slots.map((slot) => (
                  <li key={slot.start}>
                    {onChoose ? (
                      <button type="button" className="care-slot" onClick={() => onChoose(slot)}>
                        <ZonedTime instant={slot.start} format="time" doctorZone={doctor.timezone} />
                      </button>
                    ) : (
                      <span className="care-slot care-slot-static">
                        <ZonedTime instant={slot.start} format="time" doctorZone={doctor.timezone} />
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
