import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import { formatDate } from '@/lib/time';
import { formatPhone } from '@/lib/phone';
import { WriteLink } from '@/features/messages/WriteLink';
import { capitalize } from '../capitalize';
import { usePatient } from '../queries';
import { AgendaDialog } from './AgendaDialog';
import { AppointmentItem } from './AppointmentItem';
import '../practice.css';

interface AppointmentDialogProps {
  appointment: Appointment;
  timeZone: string;
  now: number;
  onClose: () => void;
}

/** An appointment opened from the calendar, over it: how to reach the patient and what the doctor can do about it. */
export function AppointmentDialog({ appointment, timeZone, now, onClose }: AppointmentDialogProps) {
  const { t } = useTranslation('practice');
  // The appointment carries the phone; the email is on the patient's record.
  const email = usePatient(appointment.patientId).data?.email;
  return (
    <AgendaDialog title={capitalize(formatDate(appointment.appointmentDate, timeZone, { dateStyle: 'full' }))}
                  onClose={onClose}>
      <p className="agenda-dialog-contact">
        <span><span className="practice-label">{t('agenda.phone')}</span>{' '}
          <a href={`tel:${appointment.patientPhone}`}>{formatPhone(appointment.patientPhone)}</a></span>{' '}
        {email && (
          <span><span className="practice-label">{t('agenda.email')}</span>{' '}
            <a href={`mailto:${email}`}>{email}</a></span>
        )}
      </p>
      <p className="agenda-dialog-contact">
        <WriteLink userId={appointment.patientId} to="patient" />
      </p>
      <AppointmentItem appointment={appointment} timeZone={timeZone} now={now} headingLevel="h3" />
    </AgendaDialog>
  );
}
