import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import { browserTimeZone, formatDateTime } from '@/lib/time';
import { Page } from '@/ui/Page';
import { YourTimeZoneNote } from '../ZonedTime';
import { doctorName } from '../doctorName';
import { AppointmentSection } from './AppointmentSection';
import type { AppointmentsNotice } from './appointmentsNotice';
import '../care.css';

/** /appointments: the patient's upcoming, canceled and past appointments. */
export function MyAppointmentsPage() {
  const { t } = useTranslation('care');
  const [now] = useState(() => new Date().toISOString());
  const [canceled, setCanceled] = useState<Appointment | null>(null);
  return (
    <Page title={t('appointments.title')}
          actions={<Link className="button" to="/doctors">{t('appointments.book')}</Link>}>
      {canceled ? <CanceledNotice appointment={canceled} /> : <Notice />}
      <YourTimeZoneNote />
      <AppointmentSection kind="upcoming" now={now} onCanceled={setCanceled} />
      <AppointmentSection kind="canceled" now={now} />
      <AppointmentSection kind="past" now={now} />
    </Page>
  );
}

/** The appointment just canceled has left the upcoming ones: say so where the focus goes. */
function CanceledNotice({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation('care');
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), [appointment]);
  return (
    <div className="alert alert-success" role="status" tabIndex={-1} ref={notice}>
      <p>{t('appointments.canceledNotice', {
        doctor: doctorName(appointment.doctorName, appointment.doctorTitle),
        when: formatDateTime(appointment.appointmentDate, browserTimeZone()),
      })}</p>
    </div>
  );
}

/** What the page that sent us here just did: booked or moved an appointment, or registered. */
function Notice() {
  const { t } = useTranslation('care');
  const state = (useLocation().state ?? {}) as AppointmentsNotice & { registered?: boolean };
  const appointment = state.booked ?? state.rescheduled;
  let message: string | null = null;
  if (appointment) {
    message = t(state.booked ? 'appointments.bookedNotice' : 'appointments.rescheduledNotice', {
      doctor: doctorName(appointment.doctorName, appointment.doctorTitle),
      when: formatDateTime(appointment.appointmentDate, browserTimeZone()),
    });
  } else if (state.registered) {
    message = t('appointments.welcome');
  }
  if (!message) return null;
  return (
    <div className="alert alert-success" role="status">
      <p>{message}</p>
    </div>
  );
}
