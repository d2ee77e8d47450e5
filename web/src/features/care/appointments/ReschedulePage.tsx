import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type Appointment } from '@/api/appointments';
import { directoryApi } from '@/api/doctors';
import { useNow } from '@/lib/useNow';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { Details } from '../Details';
import { ZonedTime } from '../ZonedTime';
import { careKeys } from '../queryKeys';
import { doctorName } from '../doctorName';
import { changeableOnline } from '../changeDeadline';
import { SlotPicker } from '../slots/SlotPicker';
import { AppointmentStatusBadge } from './AppointmentStatus';
import { ChangeOnline } from './ChangeOnline';
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
      <QueryResult query={appointment}>
        {(current) => <Reschedule appointment={current} />}
      </QueryResult>
      <p><Link to="/appointments">{t('reschedule.back')}</Link></p>
    </Page>
  );
}

/**
 * The appointment and until when it can be moved online; until then the new times to choose
 * from, after it the practice to call (the server would refuse the move).
 */
function Reschedule({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation('care');
  const now = useNow();
  const confirmed = appointment.status === 'confirmed';
  const online = changeableOnline(appointment.changeableUntil, now);
  return (
    <>
      <section className="card care-section" aria-labelledby="care-current-heading">
        <h2 id="care-current-heading">{t('reschedule.current')}</h2>
        <Details rows={[
          [t('booking.doctor'), doctorName(appointment.doctorName, appointment.doctorTitle)],
          appointment.reasonName !== null && [t('reasons.reason'), appointment.reasonName],
          (appointment.reasonName !== null || appointment.mode === 'video') &&
            [t('reasons.mode'), t(`reasons.modes.${appointment.mode}`)],
          [t('booking.when'), <ZonedTime instant={appointment.appointmentDate} format="full" />],
          [t('reschedule.status'), <AppointmentStatusBadge appointment={appointment} />],
        ]} />
        {confirmed && (
          <ChangeOnline until={appointment.changeableUntil} online={online} phone={appointment.practicePhone} />
        )}
      </section>
      {!confirmed && <div className="alert alert-info"><p>{t('reschedule.notConfirmed')}</p></div>}
      {confirmed && online && <NewTime appointment={appointment} />}
    </>
  );
}

/** The doctor's free times for the appointment: of its reason's length, which moving keeps. */
function NewTime({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation('care');
  const doctor = useQuery({
    queryKey: careKeys.doctor(appointment.doctorId),
    queryFn: ({ signal }) => directoryApi.doctor(appointment.doctorId, signal),
  });
  return (
    <QueryResult query={doctor}>
      {(listing) => (
        <SlotPicker
          doctor={listing}
          title={t('reschedule.choose')}
          canChoose
          opensOn={appointment.appointmentDate}
          reasonId={appointment.reasonId ?? undefined}
          renderStep={(start, controls) => (
            <RescheduleStep appointment={appointment} doctor={listing} start={start} controls={controls} />
          )}
        />
      )}
    </QueryResult>
  );
}
