import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type Appointment } from '@/api/appointments';
import type { DoctorListing } from '@/api/doctors';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Details } from '../Details';
import { ZonedTime } from '../ZonedTime';
import { careKeys } from '../queryKeys';
import { isSlotGone, type SlotStepControls } from '../slots/SlotPicker';
import { SlotChangeNotice } from './ChangeOnline';
import type { AppointmentsNotice } from './appointmentsNotice';
import '../care.css';

interface RescheduleStepProps {
  appointment: Appointment;
  doctor: DoctorListing;
  /** The new start. */
  start: string;
  controls: SlotStepControls;
}

/** From the current time to the chosen one: confirm, and back to the appointments. */
export function RescheduleStep({ appointment, doctor, start, controls }: RescheduleStepProps) {
  const { t } = useTranslation('care');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const move = useMutation({
    mutationFn: () => appointmentsApi.reschedule(appointment._id, start),
    onSuccess: (moved) => {
      void queryClient.invalidateQueries({ queryKey: careKeys.appointments });
      void queryClient.invalidateQueries({ queryKey: careKeys.notifications });
      void queryClient.invalidateQueries({ queryKey: careKeys.doctors });
      const notice: AppointmentsNotice = { rescheduled: moved };
      navigate('/appointments', { state: notice });
    },
    onError: (error) => {
      if (isSlotGone(error)) controls.slotTaken();
    },
  });
  return (
    <div className="care-step">
      <h3 ref={heading} tabIndex={-1}>{t('reschedule.confirmTitle')}</h3>
      <Details rows={[
        [t('reschedule.from'), <ZonedTime instant={appointment.appointmentDate} format="full" doctorZone={doctor.timezone} />],
        [t('reschedule.to'), <ZonedTime instant={start} format="full" doctorZone={doctor.timezone} />],
      ]} />
      <SlotChangeNotice doctor={doctor} start={start} />
      {/* A slot gone is said above the refreshed calendar instead. */}
      <ErrorAlert error={isSlotGone(move.error) ? null : move.error} shownFields={['appointmentDate']} />
      <div className="form-actions">
        <button type="button" className="button" disabled={move.isPending} onClick={() => move.mutate()}>
          {move.isPending ? t('reschedule.moving') : t('reschedule.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={controls.back}>
          {t('booking.otherTime')}
        </button>
      </div>
    </div>
  );
}
