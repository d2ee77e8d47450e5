import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import type { DoctorListing } from '@/api/doctors';
import { useSession } from '@/auth/session';
import { EmailVerificationNotice } from '../../accounts/EmailVerificationBanner';
import { rememberAfterVerification } from '../../accounts/afterVerification';
import { SlotPicker } from '../slots/SlotPicker';
import { useChosenSlot } from '../slots/useChosenSlot';
import { BookingStep } from './BookingStep';
import { BookingSuccess } from './BookingSuccess';

/** Pick a free time, confirm it, see it booked. */
export function DoctorBooking({ doctor }: { doctor: DoctorListing }) {
  const { t } = useTranslation('care');
  const { user } = useSession();
  const location = useLocation();
  const [, choose] = useChosenSlot();
  const [booked, setBooked] = useState<Appointment | null>(null);
  // A patient who must confirm their email first comes back to this doctor and the time they
  // chose (it is in the URL) from the emailed link.
  const mustVerify = user?.role === 'patient' && !user.emailVerified;
  const here = `${location.pathname}${location.search}`;
  useEffect(() => {
    if (mustVerify) rememberAfterVerification(here);
  }, [mustVerify, here]);
  if (booked) return <BookingSuccess appointment={booked} doctor={doctor} />;

  // Doctors see the times (a colleague's agenda, say) but only patients book.
  const isDoctor = user?.role === 'doctor';
  return (
    <SlotPicker
      doctor={doctor}
      title={t('booking.title')}
      canChoose={!isDoctor}
      notice={isDoctor ? (
        <div className="alert alert-info">
          <p>{t('booking.doctorsCannotBook')}</p>
        </div>
      ) : mustVerify && (
        // Said before the patient chooses, not only when they confirm.
        <EmailVerificationNotice>
          <p>{t('accounts:banner.beforeBooking', { email: user.email })}</p>
        </EmailVerificationNotice>
      )}
      renderStep={(start, controls) => (
        // A new choice is a new booking, with its own idempotency key.
        <BookingStep key={start} doctor={doctor} start={start} controls={controls}
                     onBooked={(appointment) => {
                       setBooked(appointment);
                       choose(null, true);
                     }} />
      )}
    />
  );
}
