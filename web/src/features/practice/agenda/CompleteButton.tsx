import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type Appointment } from '@/api/appointments';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { refreshAppointments } from '../queries';

interface CompleteButtonProps {
  appointment: Appointment;
  onCompleted: () => void;
}

/** Marks a started appointment completed; the server still has the last word (409 not_started). */
export function CompleteButton({ appointment, onCompleted }: CompleteButtonProps) {
  const { t } = useTranslation('practice');
  const queryClient = useQueryClient();
  const complete = useMutation({
    mutationFn: () => appointmentsApi.complete(appointment._id),
    onSuccess: async () => {
      await refreshAppointments(queryClient);
      onCompleted();
    },
  });
  return (
    <div className="practice-action">
      <button type="button" className="button button-small" disabled={complete.isPending}
              onClick={() => complete.mutate()}>
        {complete.isPending ? t('agenda.completing') : t('agenda.complete')}
      </button>
      <ErrorAlert error={complete.error} />
    </div>
  );
}
