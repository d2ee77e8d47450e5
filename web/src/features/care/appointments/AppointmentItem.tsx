import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import { CancelAppointment, type CancelWording } from '@/features/appointments/CancelAppointment';
import { WriteLink } from '@/features/messages/WriteLink';
import { reviewOffer } from '@/features/reviews/reviewRules';
import { useReviewsOn } from '@/features/reviews/useReviewsOn';
import { JoinVideoLink } from '@/features/visit/JoinVideoLink';
import { useNow } from '@/lib/useNow';
import { ZonedTime } from '../ZonedTime';
import { AppointmentStatusBadge, CancelInfo } from './AppointmentStatus';
import { CalendarFileButton } from './CalendarFileButton';
import { ChangeOnline } from './ChangeOnline';
import { careKeys } from '../queryKeys';
import { doctorName } from '../doctorName';
import { changeableOnline } from '../changeDeadline';
import '../care.css';

/** What the patient's Cancel says: the doctor reads the reason. */
export const patientCancelWording: CancelWording = {
  open: 'care:cancel.open',
  question: 'care:cancel.question',
  reason: 'care:cancel.reason',
  reasonHint: 'care:cancel.reasonHint',
  reasonTooLong: 'care:cancel.reasonTooLong',
  confirm: 'care:cancel.confirm',
  canceling: 'care:cancel.canceling',
  keep: 'care:cancel.keep',
};

interface AppointmentItemProps {
  appointment: Appointment;
  /** Upcoming confirmed appointments can be added to a calendar, and moved or canceled until their deadline. */
  upcoming: boolean;
  /** Once canceled, the appointment leaves the upcoming ones: the page says so. */
  onCanceled?: (appointment: Appointment) => void;
  /** More about it under its time and reason, like where it takes place on its own page. */
  children?: ReactNode;
  /** In the list of past ones, a visit the patient may still review links to its page, where they do. */
  reviewLink?: boolean;
}

export function AppointmentItem({ appointment, upcoming, onCanceled, children, reviewLink = false }: AppointmentItemProps) {
  const { t } = useTranslation('care');
  const headingId = useId();
  const changeable = upcoming && appointment.status === 'confirmed';
  // Past its deadline the server refuses to cancel or move it: the practice's phone replaces the buttons.
  const now = useNow();
  const online = changeableOnline(appointment.changeableUntil, now);
  const reviewsOn = useReviewsOn();
  const reviewable = reviewLink && reviewOffer(appointment, now, reviewsOn) === 'open';
  return (
    <article className="card care-appointment" aria-labelledby={headingId}>
      <div className="care-appointment-head">
        <h3 id={headingId}>
          <Link to={`/doctors/${appointment.doctorId}`}>{doctorName(appointment.doctorName, appointment.doctorTitle)}</Link>
        </h3>
        <AppointmentStatusBadge appointment={appointment} />
      </div>
      <p className="care-appointment-when">
        <ZonedTime instant={appointment.appointmentDate} format="full" />
        <span className="care-muted"> · {t('profile.minutes', { count: appointment.durationMinutes })}</span>
      </p>
      {appointment.reasonName !== null ? (
        <p className="care-appointment-reason">
          {t('appointment.reason', { reason: appointment.reasonName, mode: t(`reasons.modes.${appointment.mode}`) })}
        </p>
      ) : appointment.mode === 'video' && (
        // Without a reason, only a video consultation is worth saying: the practice is the usual.
        <p className="care-appointment-reason">{t('appointment.mode', { mode: t('reasons.modes.video') })}</p>
      )}
      {children}
      <CancelInfo appointment={appointment} />
      {appointment.notes && <p className="care-note">{t('appointment.note', { note: appointment.notes })}</p>}
      {changeable && (
        <ChangeOnline until={appointment.changeableUntil} online={online} phone={appointment.practicePhone} />
      )}
      <div className="care-actions">
        {/* Upcoming or just started: the room opens before the start and closes after the end. */}
        <JoinVideoLink appointment={appointment} now={now} />
        {changeable && <CalendarFileButton appointmentId={appointment._id} />}
        {/* Whatever became of the appointment, patient and doctor may still write to each other. */}
        <WriteLink userId={appointment.doctorId} to="doctor" />
        {reviewable && (
          <Link className="button button-secondary button-small" to={`/appointments/${appointment._id}`}
                aria-describedby={headingId}>
            {t('reviews:visit.link')}
          </Link>
        )}
        {changeable && online && (
          <>
            <Link className="button button-secondary button-small"
                  to={`/appointments/${appointment._id}/reschedule`}>
              {t('appointment.reschedule')}
            </Link>
            {/* Canceling frees the slot: the doctor's free times are stale too. */}
            <CancelAppointment appointment={appointment} by="patient" wording={patientCancelWording}
                               staleQueries={[careKeys.appointments, careKeys.doctor(appointment.doctorId)]}
                               onCanceled={() => onCanceled?.(appointment)} />
          </>
        )}
      </div>
    </article>
  );
}
