import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { practiceApi, type TimeOff } from '@/api/doctors';
import { formatDateTime } from '@/lib/time';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Field } from '@/ui/Field';
import { StatusMessage } from '../StatusMessage';
import { practiceKeys, refreshAppointments } from '../queries';
import { useDisclosure } from '../useDisclosure';
import '../practice.css';

const bookingFormat: Intl.DateTimeFormatOptions = {
  weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
};

interface TimeOffBookingsProps {
  timeOff: TimeOff;
  timeZone: string;
}

/** The bookings a time off covers (taking it canceled none), and what came of cancelling them. */
export function TimeOffBookings({ timeOff, timeZone }: TimeOffBookingsProps) {
  const [canceled, setCanceled] = useState<string | null>(null);
  return (
    <>
      {/* Rendered before any booking is canceled, so that screen readers announce the outcome. */}
      <StatusMessage message={canceled} />
      {timeOff.bookings.length > 0 && <CancelBookings timeOff={timeOff} timeZone={timeZone} onCanceled={setCanceled} />}
    </>
  );
}

/**
 * The bookings listed, and cancelling them all at once once the doctor confirms, each patient told
 * why: the doctor's message, else the time off's reason.
 */
function CancelBookings({ timeOff, timeZone, onCanceled }: TimeOffBookingsProps & { onCanceled: (text: string) => void }) {
  const { t } = useTranslation('practice');
  const queryClient = useQueryClient();
  const listId = useId();
  const [message, setMessage] = useState('');
  const { open: confirming, toggle, opener, inside } = useDisclosure<HTMLTextAreaElement>();
  const count = timeOff.bookings.length;
  const cancel = useMutation({
    mutationFn: () => practiceApi.cancelTimeOffBookings(timeOff._id, message.trim() || undefined),
    onSuccess: async (result) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: practiceKeys.timeOff }),
        refreshAppointments(queryClient),
      ]);
      onCanceled(t('timeOff.bookingsCanceled', { count: result.canceled.length }));
    },
  });
  return (
    <div className="practice-time-off-bookings">
      <p className="agenda-day-alert" id={listId}>{t('timeOff.bookings', { count })}</p>
      <ul aria-labelledby={listId}>
        {timeOff.bookings.map((booking) => (
          <li key={booking._id}>
            {formatDateTime(booking.appointmentDate, timeZone, bookingFormat)} · {booking.patientName}
            {booking.reasonName && ` · ${booking.reasonName}`}
          </li>
        ))}
      </ul>
      {confirming ? (
        <div className="practice-confirm" role="group" aria-labelledby={listId}>
          <Field label={t('timeOff.cancelMessage')} hint={t('timeOff.cancelMessageHint')}>
            <textarea ref={inside} rows={2} maxLength={500} value={message}
                      onChange={(event) => setMessage(event.target.value)} />
          </Field>
          <div className="form-actions">
            <button type="button" className="button button-small button-danger" disabled={cancel.isPending}
                    onClick={() => cancel.mutate()}>
              {cancel.isPending ? t('timeOff.canceling') : t('timeOff.confirmCancel', { count })}
            </button>
            <button type="button" className="button button-small button-secondary" onClick={() => {
              cancel.reset();
              toggle(false);
            }}>
              {t('timeOff.keepBookings', { count })}
            </button>
          </div>
          <ErrorAlert error={cancel.error} />
        </div>
      ) : (
        <button ref={opener} type="button" className="button button-small button-secondary" onClick={() => toggle(true)}>
          {t('timeOff.cancelBookings', { count })}
        </button>
      )}
    </div>
  );
}
