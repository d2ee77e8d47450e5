import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import type { DoctorListing, VisitReason } from '@/api/doctors';
import { useSession } from '@/auth/session';
import { EmailVerificationNotice } from '../../accounts/EmailVerificationBanner';
import { rememberAfterVerification } from '../../accounts/afterVerification';
import { careKeys } from '../queryKeys';
import { SlotPicker } from '../slots/SlotPicker';
import { useChosenSlot } from '../slots/useChosenSlot';
import { BookingPolicyNote } from './BookingPolicyNote';
import { BookingStep } from './BookingStep';
import { BookingSuccess } from './BookingSuccess';
import { ChosenReason } from './ChosenReason';
import { ReasonStep } from './ReasonStep';
import { useChosenReason } from './useChosenReason';

interface DoctorBookingProps {
  doctor: DoctorListing;
  /** The doctor's visit reasons; none for a doctor booked for their consultation length. */
  reasons: VisitReason[];
}

/** Pick what the visit is for (when the doctor offers reasons), a free time, confirm, see it booked. */
export function DoctorBooking({ doctor, reasons }: DoctorBookingProps) {
  const { t } = useTranslation('care');
  const { user } = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [, chooseSlot] = useChosenSlot();
  const [reasonId, chooseReason] = useChosenReason();
  const [booked, setBooked] = useState<Appointment | null>(null);
  const [reasonsChanged, setReasonsChanged] = useState(false);
  const focus = useStepFocus();
  // A patient who must confirm their email first comes back to this doctor and the reason and
  // time they chose (they are in the URL) from the emailed link.
  const mustVerify = user?.role === 'patient' && !user.emailVerified;
  const here = `${location.pathname}${location.search}`;
  useEffect(() => {
    if (mustVerify) rememberAfterVerification(here);
  }, [mustVerify, here]);
  if (booked) return <BookingSuccess appointment={booked} doctor={doctor} />;

  // Doctors see the times (a colleague's agenda, say) but only patients book.
  const isDoctor = user?.role === 'doctor';
  const notice = isDoctor ? (
    <div className="alert alert-info">
      <p>{t('booking.doctorsCannotBook')}</p>
    </div>
  ) : mustVerify && (
    // Said before the patient chooses, not only when they confirm.
    <EmailVerificationNotice>
      <p>{t('accounts:banner.beforeBooking', { email: user.email })}</p>
    </EmailVerificationNotice>
  );
  // A reason in the URL that the doctor no longer offers is no choice: the patient picks again.
  const reason = reasons.find((offered) => offered._id === reasonId) ?? null;
  const toReasons = () => {
    focus.next('reasons');
    chooseReason(null);
  };

  if (reasons.length > 0 && !reason) {
    return (
      <ReasonStep doctor={doctor} reasons={reasons} notice={notice} changed={reasonsChanged}
                  headingRef={focus.reasons} onChoose={(chosen) => {
                    setReasonsChanged(false);
                    focus.next('calendar');
                    chooseReason(chosen._id);
                  }} />
    );
  }
  return (
    <SlotPicker
      doctor={doctor}
      title={t('booking.title')}
      canChoose={!isDoctor}
      reasonId={reason?._id}
      notice={(
        <>
          {notice}
          {reason && <ChosenReason reason={reason} focusRef={focus.calendar} onChange={toReasons} />}
          {!isDoctor && <BookingPolicyNote />}
        </>
      )}
      renderStep={(start, controls) => (
        // A new choice is a new booking, with its own idempotency key.
        <BookingStep key={`${reason?._id}/${start}`} doctor={doctor} reason={reason} start={start}
                     controls={controls}
                     onOtherReason={toReasons}
                     onReasonsChanged={() => {
                       void queryClient.invalidateQueries({ queryKey: careKeys.visitReasons(doctor._id) });
                       setReasonsChanged(true);
                       toReasons();
                     }}
                     onBooked={(appointment) => {
                       setBooked(appointment);
                       chooseSlot(null, true);
                     }} />
      )}
    />
  );
}

type Step = 'reasons' | 'calendar';

/**
 * The keyboard focus between the steps, once the patient moves: into the step they go to, once
 * it shows (after the URL changes, or the reasons are fetched again). Opening the page leaves the
 * focus on its title.
 */
function useStepFocus() {
  const reasons = useRef<HTMLHeadingElement>(null);
  const calendar = useRef<HTMLParagraphElement>(null);
  const pending = useRef<Step | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    const target = pending.current === 'reasons' ? reasons.current : calendar.current;
    if (!target) return;
    target.focus();
    pending.current = null;
  });
  return { reasons, calendar, next: (step: Step) => { pending.current = step; } };
}
