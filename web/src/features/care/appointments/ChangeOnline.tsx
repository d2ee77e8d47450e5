import { Trans, useTranslation } from 'react-i18next';
import type { DoctorListing } from '@/api/doctors';
import { useNow } from '@/lib/useNow';
import { PhoneLink } from '../PhoneLink';
import { ZonedTime } from '../ZonedTime';
import { changeableOnline, changeDeadline } from '../changeDeadline';
import { noticeText, useBookingPolicy } from '../useBookingPolicy';
import '../care.css';

interface ChangeOnlineProps {
  /** The last instant the patient can cancel or move it online (an appointment's changeableUntil). */
  until: string;
  /** Whether that instant is still to come (see changeableOnline). */
  online: boolean;
  /** The practice's phone (E.164), when the doctor gave one. */
  phone: string | null;
  /** The doctor's zone where it is known, for their clock too (see ZonedTime). */
  doctorZone?: string;
}

/** Until when the patient can cancel or move an appointment online; once that has passed, whom to call. */
export function ChangeOnline({ until, online, phone, doctorZone }: ChangeOnlineProps) {
  const { t } = useTranslation('care');
  if (!online) return <CallThePractice phone={phone} />;
  return (
    <p className="care-change-until">
      <Trans t={t} i18nKey="change.until"
             components={{ when: <ZonedTime instant={until} format="full" doctorZone={doctorZone} /> }} />
    </p>
  );
}

/**
 * Before a time is booked or an appointment moved to it: until when the patient will be able to
 * change it online; for a time within the change notice, plainly that they will not, and whom to call.
 */
export function SlotChangeNotice({ doctor, start }: { doctor: DoctorListing; start: string }) {
  const { t } = useTranslation('care');
  const policy = useBookingPolicy();
  const now = useNow();
  if (!policy.data) return null;
  const until = changeDeadline(start, policy.data);
  if (changeableOnline(until, now)) {
    return <ChangeOnline until={until} online phone={doctor.phone} doctorZone={doctor.timezone} />;
  }
  return (
    <div className="alert alert-warning">
      <p>{t('change.notOnline', { notice: noticeText(policy.data.changeNoticeMinutes) })}</p>
      <CallThePractice phone={doctor.phone} />
    </div>
  );
}

/** The one way left to cancel or move an appointment within the change notice. */
export function CallThePractice({ phone }: { phone: string | null }) {
  const { t } = useTranslation('care');
  return (
    <p className="care-call-practice">
      {phone
        ? <Trans t={t} i18nKey="change.call" components={{ phone: <PhoneLink phone={phone} /> }} />
        : t('change.contact')}
    </p>
  );
}
