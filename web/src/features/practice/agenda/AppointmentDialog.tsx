import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import type { Patient } from '@/api/patients';
import { formatDate } from '@/lib/time';
import { formatPhone } from '@/lib/phone';
import { capitalize } from '../capitalize';
import { AppointmentItem } from './AppointmentItem';
import '../practice.css';

interface AppointmentDialogProps {
  appointment: Appointment;
  /** The patient's record, for their phone and email, once it has arrived. */
  patient: Patient | undefined;
  timeZone: string;
  now: number;
  onClose: () => void;
}

/**
 * An appointment opened from the calendar, over it: how to reach the patient and what the doctor can
 * do about it. A modal <dialog> keeps the focus inside, closes with Escape and gives the focus back.
 */
export function AppointmentDialog({ appointment, patient, timeZone, now, onClose }: AppointmentDialogProps) {
  const { t } = useTranslation('practice');
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // Opened once, even when React runs effects twice in development.
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="agenda-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="agenda-dialog-head">
        <h2 id={titleId}>{capitalize(formatDate(appointment.appointmentDate, timeZone, { dateStyle: 'full' }))}</h2>
        <button type="button" className="button button-secondary button-small" onClick={() => dialog.current?.close()}>
          {t('agenda.close')}
        </button>
      </div>
      {patient && (
        <p className="agenda-dialog-contact">
          <span><span className="practice-label">{t('agenda.phone')}</span>{' '}
            <a href={`tel:${patient.phone}`}>{formatPhone(patient.phone)}</a></span>{' '}
          <span><span className="practice-label">{t('agenda.email')}</span>{' '}
            <a href={`mailto:${patient.email}`}>{patient.email}</a></span>
        </p>
      )}
      <AppointmentItem appointment={appointment} timeZone={timeZone} now={now} headingLevel="h3" />
    </dialog>
  );
}
