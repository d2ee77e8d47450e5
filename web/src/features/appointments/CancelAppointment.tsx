import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type Appointment } from '@/api/appointments';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';

/** The server keeps at most this many characters (code points, after trimming) of a reason. */
const REASON_MAX = 500;

/** The i18n keys, namespace included, of what the form says; they tell who will read the reason. */
export interface CancelWording {
  open: string;
  /** Asked above the reason, when the side asks anything. */
  question?: string;
  reason: string;
  /** Given the `count` of characters allowed. */
  reasonHint: string;
  reasonTooLong: string;
  confirm: string;
  canceling: string;
  keep: string;
}

// Each side's look, from the stylesheet its pages already load (care.css, practice.css).
const looks = {
  patient: { open: 'care-button-cancel', form: 'care-cancel-form' },
  doctor: { open: '', form: 'practice-action practice-action-wide' },
} as const;

interface CancelAppointmentProps {
  appointment: Appointment;
  /** Who cancels: the patient from their appointments, the doctor from the agenda. */
  by: keyof typeof looks;
  wording: CancelWording;
  /** The queries that show the appointment, refreshed before `onCanceled`. */
  staleQueries: readonly QueryKey[];
  onCanceled: () => void;
}

/** "Cancel", then, in place, an optional reason for the other side and a confirmation. */
export function CancelAppointment(props: CancelAppointmentProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  // Keeping the appointment closes the form that had the focus: give it back to the button.
  const refocus = useRef(false);
  if (!confirming) {
    return (
      <button type="button" className={`button button-small button-secondary ${looks[props.by].open}`.trim()}
              ref={(button) => {
                if (button && refocus.current) button.focus();
                refocus.current = false;
              }}
              onClick={() => setConfirming(true)}>
        {t(props.wording.open)}
      </button>
    );
  }
  return <CancelConfirmation {...props} onKeep={() => {
    refocus.current = true;
    setConfirming(false);
  }} />;
}

interface CancelForm {
  reason: string;
}

function CancelConfirmation({ appointment, by, wording, staleQueries, onCanceled, onKeep }:
                              CancelAppointmentProps & { onKeep: () => void }) {
  const { t } = useTranslation();
  const questionId = useId();
  const queryClient = useQueryClient();
  const form = useForm<CancelForm>({ defaultValues: { reason: '' } });
  const server = useServerForm(form);
  useEffect(() => form.setFocus('reason'), [form]);
  const cancel = useMutation({
    mutationFn: ({ reason }: CancelForm) => appointmentsApi.cancel(appointment._id, reason.trim() || undefined),
    onSuccess: async () => {
      await Promise.all(staleQueries.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      onCanceled();
    },
    onError: (error) => server.fail(error, ['reason']),
  });
  return (
    <form className={looks[by].form} aria-labelledby={wording.question ? questionId : undefined} noValidate
          onSubmit={server.handleSubmit((values) => cancel.mutate(values))}>
      {wording.question && <p id={questionId} className="care-cancel-question">{t(wording.question)}</p>}
      <Field label={t(wording.reason)} hint={t(wording.reasonHint, { count: REASON_MAX })}
             error={form.formState.errors.reason?.message}>
        <textarea rows={2} {...form.register('reason', {
          validate: (reason) => [...reason.trim()].length <= REASON_MAX || t(wording.reasonTooLong, { count: REASON_MAX }),
        })} />
      </Field>
      <ErrorAlert error={server.error} shownFields={server.shownFields} />
      <div className="form-actions">
        <button type="submit" className="button button-small button-danger" disabled={cancel.isPending}>
          {t(cancel.isPending ? wording.canceling : wording.confirm)}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={onKeep}>
          {t(wording.keep)}
        </button>
      </div>
    </form>
  );
}
