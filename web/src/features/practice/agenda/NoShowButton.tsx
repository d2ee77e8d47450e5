import { useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type Appointment } from '@/api/appointments';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { refreshAppointments } from '../queries';
import { useDisclosure } from '../useDisclosure';

interface NoShowButtonProps {
  appointment: Appointment;
  onMarked: () => void;
}

/** Records that the patient did not come, after the doctor confirms: the workspace cannot undo it. */
export function NoShowButton({ appointment, onMarked }: NoShowButtonProps) {
  const { t } = useTranslation('practice');
  const queryClient = useQueryClient();
  const questionId = useId();
  const { open: confirming, toggle, opener, inside } = useDisclosure<HTMLButtonElement>();
  const markNoShow = useMutation({
    mutationFn: () => appointmentsApi.noShow(appointment._id),
    onSuccess: async () => {
      await refreshAppointments(queryClient);
      onMarked();
    },
  });
  if (!confirming) {
    return (
      <button ref={opener} type="button" className="button button-small button-secondary" onClick={() => toggle(true)}>
        {t('agenda.noShow')}
      </button>
    );
  }
  return (
    <div className="practice-action practice-action-wide practice-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{t('agenda.confirmNoShow', { patient: appointment.patientName })}</p>
      <div className="form-actions">
        <button ref={inside} type="button" className="button button-small button-danger"
                disabled={markNoShow.isPending} onClick={() => markNoShow.mutate()}>
          {markNoShow.isPending ? t('agenda.markingNoShow') : t('agenda.confirmNoShowButton')}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={() => {
          markNoShow.reset();
          toggle(false);
        }}>
          {t('agenda.keepConfirmed')}
        </button>
      </div>
      <ErrorAlert error={markNoShow.error} />
    </div>
  );
}
