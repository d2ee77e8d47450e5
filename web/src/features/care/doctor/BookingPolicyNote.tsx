import { useTranslation } from 'react-i18next';
import { noticeText, useBookingPolicy } from '../useBookingPolicy';
import '../care.css';

/** The booking policy, said before the patient picks a time: how soon a time may start, and until when it can be changed online. */
export function BookingPolicyNote() {
  const { t } = useTranslation('care');
  const policy = useBookingPolicy();
  if (!policy.data) return null;
  return (
    <p className="care-zone-note">
      {t('policy.note', {
        minimum: noticeText(policy.data.minimumNoticeMinutes),
        change: noticeText(policy.data.changeNoticeMinutes),
      })}
    </p>
  );
}
