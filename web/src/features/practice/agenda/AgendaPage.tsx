import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import type { Doctor, Slot } from '@/api/doctors';
import { localDay, timeZoneLabel } from '@/lib/time';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { retryFor } from '@/ui/retryFor';
import { WaitingPatients } from '@/features/visit/WaitingPatients';
import { ListingChecklist } from '../ListingChecklist';
import { useAppointments, useDoctor, useFreeSlots, useTimeOff } from '../queries';
import { useNow } from '@/lib/useNow';
import { agendaRange, isCalendarDay, type AgendaView } from './agendaRange';
import { agendaTitle } from './agendaTitle';
import { AgendaToolbar } from './AgendaToolbar';
import { AppointmentDialog } from './AppointmentDialog';
import { calendarDays } from './calendarDays';
import { CalendarGrid } from './CalendarGrid';
import { PracticeBookingDialog } from './PracticeBookingDialog';
import '../practice.css';

export function AgendaPage() {
  const { t } = useTranslation('practice');
  const doctor = useDoctor();
  return (
    <Page title={t('agenda.title')}>
      <WaitingPatients />
      <QueryResult query={doctor}>
        {(profile) => (
          <>
            {!profile.listed && <ListingChecklist doctor={profile} />}
            <Agenda doctor={profile} />
          </>
        )}
      </QueryResult>
    </Page>
  );
}

/**
 * The day or week in the URL (`?view=week&day=2026-12-01`), so it survives reloads and can be
 * linked, and so does the appointment opened from it (`&appointment=…`).
 */
function Agenda({ doctor }: { doctor: Doctor }) {
  const { t } = useTranslation('practice');
  const timeZone = doctor.timezone;
  const [searchParams, setSearchParams] = useSearchParams();
  const now = useNow();
  const today = localDay(new Date(now), timeZone);
  const view: AgendaView = searchParams.get('view') === 'week' ? 'week' : 'day';
  const requestedDay = searchParams.get('day');
  const day = isCalendarDay(requestedDay) ? requestedDay : today;
  const range = agendaRange(view, day, timeZone);
  const appointments = useAppointments(range.from, range.to);
  const timeOff = useTimeOff();
  const slots = useFreeSlots(doctor, range.days[0] ?? day, range.days[range.days.length - 1] ?? day);
  const show = (nextView: AgendaView, nextDay: string) => setSearchParams({ view: nextView, day: nextDay });
  const linkTo = (appointment: Appointment) => `?${new URLSearchParams({ view, day, appointment: appointment._id })}`;
  const openId = searchParams.get('appointment');
  // The free slot the practice is booking for a patient on the phone.
  const [booking, setBooking] = useState<Slot | null>(null);

  return (
    <section aria-labelledby="practice-agenda-title">
      <AgendaToolbar view={view} day={day} today={today} onShow={show} />
      {/* Announced when the doctor steps to another day or week. */}
      <h2 id="practice-agenda-title" className="practice-agenda-title" aria-live="polite">
        {agendaTitle(view, range, t)}{' '}
        {view === 'day' && day === today && <span className="badge practice-today">{t('agenda.todayMark')}</span>}
      </h2>
      <p className="muted">{t('agenda.timeZoneNote', { zone: timeZoneLabel(timeZone) })}</p>
      {slots.error && <ErrorAlert error={slots.error} onRetry={retryFor(slots)} />}
      <QueryResult query={appointments}>
        {(list) => (
          <QueryResult query={timeOff}>
            {({ timeOff: periods }) => {
              const opened = list.find((appointment) => appointment._id === openId);
              return (
                <>
                  {list.length === 0 && (
                    <p className="muted">{view === 'day' ? t('agenda.emptyDay') : t('agenda.emptyWeek')}</p>
                  )}
                  <CalendarGrid
                    days={calendarDays({
                      days: range.days, timeZone, availability: doctor.availability, appointments: list,
                      timeOff: periods, slots: slots.data?.slots ?? [],
                    })}
                    today={today} now={now} timeZone={timeZone} linkTo={linkTo} onBook={setBooking} />
                  {opened && (
                    <AppointmentDialog key={opened._id} appointment={opened}
                                       timeZone={timeZone} now={now}
                                       onClose={() => setSearchParams({ view, day }, { replace: true })} />
                  )}
                  {booking && (
                    <PracticeBookingDialog key={booking.start} slot={booking} timeZone={timeZone}
                                           modes={doctor.consultationModes}
                                           onClose={() => setBooking(null)}
                                           onBooked={(appointment) => {
                                             setBooking(null);
                                             // Shown as any booking opened from the calendar.
                                             setSearchParams({ view, day, appointment: appointment._id });
                                           }} />
                  )}
                </>
              );
            }}
          </QueryResult>
        )}
      </QueryResult>
    </section>
  );
}
