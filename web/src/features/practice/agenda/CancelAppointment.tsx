import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { appointmentsApi, type Appointment } from '../../../api/appointments';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Field } from '../../../ui/Field';
import { problemText } from '../../../ui/errors';
import { refreshAppointments } from '../queries';
import { useDisclosure } from '../useDisclosure';

interface CancelAppointmentProps {
  appointment: Appointment;
  onCanceled: () => void;
}

/**
 * A doctor may cancel a confirmed appointment at any time, even after its start; the optional
 * reason is sent to the patient. The form opens in place so the doctor sees which one it is.
 */
export function CancelAppointment({ appointment, onCanceled }: CancelAppointmentProps) {
  const { t } = useTranslation('practice');
  const queryClient = useQueryClient();
  const { open, toggle, opener, inside: reasonInput } = useDisclosure<HTMLTextAreaElement>();
  const [reason, setReason] = useState('');

  const cancel = useMutation({
    mutationFn: () => appointmentsApi.cancel(appointment._id, reason.trim() || undefined),
    onSuccess: async () => {
      await refreshAppointments(queryClient);
      onCanceled();
    },
  });
  // A new attempt starts without the last one's error.
  const show = (next: boolean) => {
    cancel.reset();
    toggle(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate();
  };

  if (!open) {
    return (
      <div className="practice-action">
        <button ref={opener} type="button" className="button button-small button-secondary" onClick={() => show(true)}>
          {t('agenda.cancel')}
        </button>
      </div>
    );
  }
  const reasonProblem = cancel.error instanceof ApiError ? cancel.error.fields.reason : undefined;
  return (
    <form className="practice-action practice-action-wide" onSubmit={submit}>
      <Field label={t('agenda.cancelReason')} hint={t('agenda.cancelReasonHint')}
             error={reasonProblem && problemText(reasonProblem)}>
        <textarea ref={reasonInput} maxLength={500} rows={2} value={reason}
                  onChange={(event) => setReason(event.target.value)} />
      </Field>
      <ErrorAlert error={cancel.error} shownFields={['reason']} />
      <div className="form-actions">
        <button type="submit" className="button button-small button-danger" disabled={cancel.isPending}>
          {cancel.isPending ? t('agenda.canceling') : t('agenda.confirmCancel')}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={() => show(false)}>
          {t('agenda.keep')}
        </button>
      </div>
    </form>
  );
}
