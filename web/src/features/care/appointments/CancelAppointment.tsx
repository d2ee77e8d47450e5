import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type Appointment } from '../../../api/appointments';
import { Field } from '../../../ui/Field';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { applyFieldErrors } from '../../../ui/errors';
import { careKeys } from '../queryKeys';
import '../care.css';

const REASON_MAX = 500;

interface CancelForm {
  reason: string;
}

interface CancelAppointmentProps {
  appointment: Appointment;
  onCanceled: () => void;
}

/** "Cancel", then a confirmation with an optional reason for the doctor. */
export function CancelAppointment({ appointment, onCanceled }: CancelAppointmentProps) {
  const { t } = useTranslation('care');
  const [confirming, setConfirming] = useState(false);
  // Keeping the appointment closes the form that had the focus: give it back to the button.
  const refocus = useRef(false);
  if (!confirming) {
    return (
      <button type="button" className="button button-secondary button-small care-button-cancel"
              ref={(button) => {
                if (button && refocus.current) button.focus();
                refocus.current = false;
              }}
              onClick={() => setConfirming(true)}>
        {t('cancel.open')}
      </button>
    );
  }
  return <CancelConfirmation appointment={appointment} onCanceled={onCanceled} onKeep={() => {
    refocus.current = true;
    setConfirming(false);
  }} />;
}

function CancelConfirmation({ appointment, onCanceled, onKeep }: CancelAppointmentProps & { onKeep: () => void }) {
  const { t } = useTranslation('care');
  const questionId = useId();
  const queryClient = useQueryClient();
  const form = useForm<CancelForm>({ defaultValues: { reason: '' } });
  useEffect(() => form.setFocus('reason'), [form]);
  const cancel = useMutation({
    mutationFn: ({ reason }: CancelForm) => appointmentsApi.cancel(appointment._id, reason.trim() || undefined),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: careKeys.appointments });
      // The slot is free again.
      void queryClient.invalidateQueries({ queryKey: careKeys.doctor(appointment.doctorId) });
      onCanceled();
    },
    onError: (error) => applyFieldErrors(error, form.setError, ['reason']),
  });
  return (
    <form className="care-cancel-form" aria-labelledby={questionId} noValidate
          onSubmit={form.handleSubmit((values) => cancel.mutate(values))}>
      <p id={questionId} className="care-cancel-question">{t('cancel.question')}</p>
      <Field label={t('cancel.reason')} hint={t('cancel.reasonHint', { count: REASON_MAX })}
             error={form.formState.errors.reason?.message}>
        <textarea rows={2} {...form.register('reason', {
          validate: (reason) => [...reason.trim()].length <= REASON_MAX || t('cancel.reasonTooLong', { count: REASON_MAX }),
        })} />
      </Field>
      <ErrorAlert error={cancel.error} shownFields={['reason']} />
      <div className="form-actions">
        <button type="submit" className="button button-danger button-small" disabled={cancel.isPending}>
          {cancel.isPending ? t('cancel.canceling') : t('cancel.confirm')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onKeep}>
          {t('cancel.keep')}
        </button>
      </div>
    </form>
  );
}
