import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import { formatTime } from '@/lib/time';
import { formatPhone } from '@/lib/phone';
import { StatusBadge, statusText } from '../StatusBadge';
import { awaitsOutcome } from './appointmentOutcome';

interface BookingEntryProps {
  appointment: Appointment;
  /** Whether time off covers it: it was booked before the time off and still stands. */
  inTimeOff: boolean;
  timeZone: string;
  now: number;
  /** Opens the appointment, with what the doctor can do about it. */
  to: string;
  style: CSSProperties;
}

/** A booking on the calendar: at its time, as long as it lasts, saying who, why and where it stands. */
export function BookingEntry({ appointment, inTimeOff, timeZone, now, to, style }: BookingEntryProps) {
  const { t } = useTranslation('practice');
  const time = t('agenda.timeRange', {
    start: formatTime(appointment.appointmentDate, timeZone),
    end: formatTime(appointment.endDate, timeZone),
  });
  const toRecord = awaitsOutcome(appointment, now);
  const status = toRecord ? t('agenda.toRecord') : statusText(appointment, t);
  const shownPhone = formatPhone(appointment.patientPhone);
  // The practice is the usual place: only a video consultation is said.
  const video = appointment.mode === 'video' && t('visitReasons.modes.video');
  const details = [appointment.reasonName, video, shownPhone].filter(Boolean).join(' · ');
  // The block may be too small to show everything: its accessible name and its tooltip say it all.
  const label = [time, appointment.patientName, shownPhone, appointment.reasonName, video, status,
                 inTimeOff && t('agenda.duringTimeOff')].filter(Boolean).join(', ');
  return (
    <li className={`agenda-entry agenda-booking agenda-booking-${toRecord ? 'toRecord' : appointment.status}`}
        style={style}>
      <Link to={to} aria-label={label} title={label}>
        <span className="agenda-booking-line">
          <span className="agenda-booking-time">{formatTime(appointment.appointmentDate, timeZone)}</span>{' '}
          <span className="agenda-booking-name">{appointment.patientName}</span>
        </span>{' '}
        {details && <><span className="agenda-booking-line">{details}</span>{' '}</>}
        <span className="agenda-booking-line">
          {toRecord ? <span className="badge practice-badge-warning">{status}</span> : <StatusBadge appointment={appointment} />}
          {inTimeOff && <> <span className="badge practice-badge-warning">{t('agenda.duringTimeOff')}</span></>}
        </span>
      </Link>
    </li>
  );
}
