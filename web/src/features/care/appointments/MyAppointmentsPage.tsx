import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { browserTimeZone, formatDateTime } from '@/lib/time';
import { Page } from '@/ui/Page';
import { YourTimeZoneNote } from '../ZonedTime';
import { AppointmentSection } from './AppointmentSection';
import type { AppointmentsNotice } from './appointmentsNotice';
import '../care.css';

/** /appointments: the patient's upcoming and past appointments. */
export function MyAppointmentsPage() {
  const { t } = useTranslation('care');
  const [now] = useState(() => new Date().toISOString());
  return (
    <Page title={t('appointments.title')}
          actions={<Link className="button" to="/doctors">{t('appointments.book')}</Link>}>
      <Notice />
      <YourTimeZoneNote />
      <AppointmentSection kind="upcoming" now={now} />
      <AppointmentSection kind="past" now={now} />
    </Page>
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
      doctor: t('doctor.name', { name: appointment.doctorName }),
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
