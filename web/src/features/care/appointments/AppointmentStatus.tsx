import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import '../care.css';

const badgeClass = {
  confirmed: 'badge badge-success',
  canceled: 'badge badge-error',
  completed: 'badge badge-neutral',
  noShow: 'badge badge-neutral',
} as const;

export function AppointmentStatusBadge({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation('care');
  return <span className={badgeClass[appointment.status]}>{t(`status.${appointment.status}`)}</span>;
}

/** Who canceled the appointment and why; nothing unless it is canceled. */
export function CancelInfo({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation('care');
  if (appointment.status !== 'canceled') return null;
  return (
    <p className="care-cancel-info">
      {appointment.canceledBy && t(`status.canceledBy.${appointment.canceledBy}`)}
      {/* The server's own reason ("payment not completed") is English: the words above say it. */}
      {appointment.cancelReason && appointment.canceledBy !== 'system' &&
        <> {t('status.reason', { reason: appointment.cancelReason })}</>}
    </p>
  );
}
