import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';

const badgeClass = {
  confirmed: 'badge',
  completed: 'badge badge-success',
  noShow: 'badge badge-neutral',
  canceled: 'badge badge-neutral',
} as const;

type StatusOf = Pick<Appointment, 'status' | 'canceledBy'>;

/** An appointment's status in words, saying who canceled it. */
export function statusText(appointment: StatusOf, t: TFunction<'practice'>): string {
  return appointment.status === 'canceled' && appointment.canceledBy
    ? t(`status.canceledBy.${appointment.canceledBy}`)
    : t(`status.${appointment.status}`);
}

export function StatusBadge({ appointment }: { appointment: StatusOf }) {
  const { t } = useTranslation('practice');
  return <span className={badgeClass[appointment.status]}>{statusText(appointment, t)}</span>;
}
