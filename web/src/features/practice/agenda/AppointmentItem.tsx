import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import { CancelAppointment, type CancelWording } from '@/features/appointments/CancelAppointment';
import { AppointmentPayment } from '@/features/payments/AppointmentPayment';
import { paymentKeys } from '@/features/payments/queryKeys';
import { JoinVideoLink } from '@/features/visit/JoinVideoLink';
import { formatTime } from '@/lib/time';
import { StatusBadge } from '../StatusBadge';
import { StatusMessage } from '../StatusMessage';
import { awaitsOutcome } from './appointmentOutcome';
import { CompleteButton } from './CompleteButton';
import { NoShowButton } from './NoShowButton';
import { appointmentViews } from '../queries';
import '../practice.css';

const cancelWording: CancelWording = {
  open: 'practice:agenda.cancel',
  reason: 'practice:agenda.cancelReason',
  reasonHint: 'practice:agenda.cancelReasonHint',
  reasonTooLong: 'practice:agenda.cancelReasonTooLong',
  confirm: 'practice:agenda.confirmCancel',
  canceling: 'practice:agenda.canceling',
  keep: 'practice:agenda.keep',
};

interface AppointmentItemProps {
  appointment: Appointment;
  timeZone: string;
  /** The browser's clock: completed and no-show are offered once the appointment has started. */
  now: number;
  headingLevel: 'h3' | 'h4';
}

/** One appointment of the agenda, with what the doctor can do about it. */
export function AppointmentItem({ appointment, timeZone, now, headingLevel: Heading }: AppointmentItemProps) {
  const { t } = useTranslation('practice');
  const headingId = useId();
  const article = useRef<HTMLElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  // The buttons vanish once the status changes: keep the keyboard user's place on the appointment.
  const settled = (text: string) => {
    setMessage(text);
    article.current?.focus();
  };
  return (
    <article ref={article} tabIndex={-1} className={`practice-appointment practice-appointment-${appointment.status}`}
             aria-labelledby={headingId}>
      <div className="practice-appointment-head">
        <Heading id={headingId}>
          <span className="practice-appointment-time">
            {t('agenda.timeRange', {
              start: formatTime(appointment.appointmentDate, timeZone),
              end: formatTime(appointment.endDate, timeZone),
            })}
          </span>{' '}
          <Link to={`/practice/patients/${appointment.patientId}`}>{appointment.patientName}</Link>
        </Heading>
        <StatusBadge appointment={appointment} />
      </div>
      {appointment.reasonName !== null ? (
        <p className="practice-appointment-text">
          <span className="practice-label">{t('agenda.reason')}</span>{' '}
          {appointment.reasonName} · {t(`visitReasons.modes.${appointment.mode}`)}
        </p>
      ) : appointment.mode === 'video' && (
        <p className="practice-appointment-text">
          <span className="practice-label">{t('agenda.mode')}</span> {t('visitReasons.modes.video')}
        </p>
      )}
      {appointment.notes && (
        <p className="practice-appointment-text">
          <span className="practice-label">{t('agenda.notes')}</span> {appointment.notes}
        </p>
      )}
      {/* The server's own reason ("payment not completed") is English: the status says it. */}
      {appointment.cancelReason && appointment.canceledBy !== 'system' && (
        <p className="practice-appointment-text">
          <span className="practice-label">{t('agenda.cancelReasonShown')}</span> {appointment.cancelReason}
        </p>
      )}
      <AppointmentPayment appointmentId={appointment._id} />
      {appointment.status === 'confirmed' && (
        <div className="practice-actions">
          <JoinVideoLink appointment={appointment} now={now} />
          {awaitsOutcome(appointment, now) && (
            <>
              <CompleteButton appointment={appointment} onCompleted={() => settled(t('agenda.completed'))} />
              <NoShowButton appointment={appointment} onMarked={() => settled(t('agenda.markedNoShow'))} />
            </>
          )}
          {/* Canceling a paid booking refunds it: its payment line says so. */}
          <CancelAppointment appointment={appointment} by="doctor" wording={cancelWording}
                             staleQueries={[...appointmentViews, paymentKeys.ofAppointment(appointment._id)]}
                             onCanceled={() => settled(t('agenda.canceled'))} />
        </div>
      )}
      <StatusMessage message={message} />
    </article>
  );
}
