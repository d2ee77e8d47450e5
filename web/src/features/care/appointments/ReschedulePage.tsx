import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type Appointment } from '../../../api/appointments';
import { directoryApi } from '../../../api/doctors';
import { Page } from '../../../ui/Page';
import { Loading } from '../../../ui/Loading';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Details } from '../Details';
import { ZonedTime } from '../ZonedTime';
import { careKeys } from '../queryKeys';
import { retryFor } from '../../../ui/retryFor';
import { SlotPicker } from '../slots/SlotPicker';
import { AppointmentStatusBadge } from './AppointmentStatus';
import { RescheduleStep } from './RescheduleStep';
import '../care.css';

/** /appointments/:appointmentId/reschedule: the appointment, then the doctor's free times. */
export function ReschedulePage() {
  const { t } = useTranslation('care');
  const { appointmentId = '' } = useParams();
  const appointment = useQuery({
    queryKey: careKeys.appointment(appointmentId),
    queryFn: ({ signal }) => appointmentsApi.get(appointmentId, signal),
  });
  return (
    <Page title={t('reschedule.title')}>
      {appointment.isPending && <Loading />}
      {appointment.isError && <ErrorAlert error={appointment.error} onRetry={retryFor(appointment)} />}
      {appointment.data && (
        <>
          <section className="card care-section" aria-labelledby="care-current-heading">
            <h2 id="care-current-heading">{t('reschedule.current')}</h2>
            <Details rows={[
              [t('booking.doctor'), t('doctor.name', { name: appointment.data.doctorName })],
              [t('booking.when'), <ZonedTime instant={appointment.data.appointmentDate} format="full" />],
              [t('reschedule.status'), <AppointmentStatusBadge appointment={appointment.data} />],
            ]} />
          </section>
          {appointment.data.status === 'confirmed' ? (
            <NewTime appointment={appointment.data} />
          ) : (
            <div className="alert alert-info"><p>{t('reschedule.notConfirmed')}</p></div>
          )}
        </>
      )}
      <p><Link to="/appointments">{t('reschedule.back')}</Link></p>
    </Page>
  );
}

function NewTime({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation('care');
  const doctor = useQuery({
    queryKey: careKeys.doctor(appointment.doctorId),
    queryFn: ({ signal }) => directoryApi.doctor(appointment.doctorId, signal),
  });
  if (doctor.isPending) return <Loading />;
  if (doctor.isError) return <ErrorAlert error={doctor.error} onRetry={retryFor(doctor)} />;
  return (
    <SlotPicker
      doctor={doctor.data}
      title={t('reschedule.choose')}
      canChoose
      renderStep={(start, controls) => (
        <RescheduleStep appointment={appointment} doctor={doctor.data} start={start} controls={controls} />
      )}
    />
  );
}
