import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';

const badgeClass = {
  confirmed: 'badge',
  completed: 'badge badge-success',
  noShow: 'badge badge-neutral',
  canceled: 'badge badge-neutral',
} as const;

/** An appointment's status in words, saying who canceled it. */
export function StatusBadge({ appointment }: { appointment: Pick<Appointment, 'status' | 'canceledBy'> }) {
  const { t } = useTranslation('practice');
  const text =
    appointment.status === 'canceled' && appointment.canceledBy
      ? t(`status.canceledBy.${appointment.canceledBy}`)
      : t(`status.${appointment.status}`);
  return <span className={badgeClass[appointment.status]}>{text}</span>;
}
