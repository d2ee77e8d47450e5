import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi } from '@/api/appointments';
import { ErrorAlert } from '@/ui/ErrorAlert';

/** Downloads the appointment as an .ics file for the patient's own calendar app. */
export function CalendarFileButton({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation('care');
  const download = useMutation({ mutationFn: () => appointmentsApi.downloadCalendarFile(appointmentId) });
  return (
    <>
      <button type="button" className="button button-secondary button-small" disabled={download.isPending}
              onClick={() => download.mutate()}>
        {t('appointment.addToCalendar')}
      </button>
      <ErrorAlert error={download.error} />
    </>
  );
}
