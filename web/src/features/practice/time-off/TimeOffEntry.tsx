import { useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { practiceApi, type TimeOff } from '@/api/doctors';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { practiceKeys } from '../queries';
import { useDisclosure } from '../useDisclosure';
import { TimeOffBookings } from './TimeOffBookings';
import { useTimeOffPeriod } from './useTimeOffPeriod';
import '../practice.css';

interface TimeOffEntryProps {
  timeOff: TimeOff;
  timeZone: string;
  current: boolean;
  onRemoved: (period: string) => void;
}

/** One time off, deleted only after the doctor confirms: its slots then open to bookings again. */
export function TimeOffEntry({ timeOff, timeZone, current, onRemoved }: TimeOffEntryProps) {
  const { t } = useTranslation('practice');
  const queryClient = useQueryClient();
  const periodId = useId();
  const period = useTimeOffPeriod(timeZone)(timeOff);
  const { open: confirming, toggle, opener, inside } = useDisclosure<HTMLButtonElement>();
  const remove = useMutation({
    mutationFn: () => practiceApi.removeTimeOff(timeOff._id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.timeOff });
      onRemoved(period);
    },
  });
  return (
    <li className="practice-time-off">
      <p className="practice-time-off-period" id={periodId}>
        {period}
        {current && <> <span className="badge">{t('timeOff.current')}</span></>}
      </p>
      {timeOff.reason && <p className="muted">{timeOff.reason}</p>}
      <TimeOffBookings timeOff={timeOff} timeZone={timeZone} />
      {confirming ? (
        <div className="practice-confirm" role="group" aria-labelledby={periodId}>
          <p>{t('timeOff.confirm')}</p>
          <div className="form-actions">
            <button ref={inside} type="button" className="button button-small button-danger" disabled={remove.isPending}
                    onClick={() => remove.mutate()}>
              {remove.isPending ? t('timeOff.removing') : t('timeOff.confirmRemove')}
            </button>
            <button type="button" className="button button-small button-secondary" onClick={() => {
              remove.reset();
              toggle(false);
            }}>
              {t('timeOff.keep')}
            </button>
          </div>
          <ErrorAlert error={remove.error} />
        </div>
      ) : (
        <button ref={opener} type="button" className="button button-small button-secondary"
                aria-describedby={periodId} onClick={() => toggle(true)}>
          {t('timeOff.remove')}
        </button>
      )}
    </li>
  );
}
