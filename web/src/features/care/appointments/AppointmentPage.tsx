import { Link, Navigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type Appointment } from '@/api/appointments';
import { directoryApi } from '@/api/doctors';
import { useCurrentUser } from '@/auth/session';
import { AppointmentPayment } from '@/features/payments/AppointmentPayment';
import { useDoctor } from '@/features/practice/queries';
import { VisitReview } from '@/features/reviews/VisitReview';
import { useNow } from '@/lib/useNow';
import { localDay } from '@/lib/time';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { Details } from '../Details';
import { YourTimeZoneNote } from '../ZonedTime';
import { careKeys } from '../queryKeys';
import { usePlaceRows } from '../doctor/PracticeDetails';
import { AppointmentItem } from './AppointmentItem';
import '../care.css';

/**
 * /appointments/:appointmentId, where the booking emails lead: the patient's appointment. A doctor
 * following such a link goes to their agenda on its day, the appointment open.
 */
export function AppointmentRoute() {
  return useCurrentUser().role === 'doctor' ? <DoctorAppointmentRedirect /> : <AppointmentPage />;
}

/** One appointment of the signed-in patient or doctor, as its pages show it. */
export function useAppointment(appointmentId: string) {
  return useQuery({
    queryKey: careKeys.appointment(appointmentId),
    queryFn: ({ signal }) => appointmentsApi.get(appointmentId, signal),
  });
}

function AppointmentPage() {
  const { t } = useTranslation('care');
  const { appointmentId = '' } = useParams();
  const appointment = useAppointment(appointmentId);
  const now = useNow();
  return (
    <Page title={t('appointmentPage.title')}>
      <YourTimeZoneNote />
      <QueryResult query={appointment}>
        {(current) => (
          <>
            <AppointmentItem appointment={current} upcoming={Date.parse(current.appointmentDate) > now}>
              <AppointmentPlace appointment={current} />
              <AppointmentPayment appointmentId={current._id} />
            </AppointmentItem>
            <VisitReview appointment={current} />
          </>
        )}
      </QueryResult>
      <p><Link to="/appointments">{t('appointmentPage.all')}</Link></p>
    </Page>
  );
}

/** Where an appointment at the practice takes place: its address and the doctor's directions. */
function AppointmentPlace({ appointment }: { appointment: Appointment }) {
  const placeRows = usePlaceRows();
  // The directions are on the doctor's public profile; the address already comes with the appointment.
  const doctor = useQuery({
    queryKey: careKeys.doctor(appointment.doctorId),
    queryFn: ({ signal }) => directoryApi.doctor(appointment.doctorId, signal),
    enabled: appointment.mode === 'inPerson',
  });
  // A video consultation says so with its time (see AppointmentItem): there is no place to give.
  if (appointment.mode === 'video') return null;
  return <Details rows={placeRows(appointment.practiceAddress, doctor.data ?? { location: null, accessNotes: null })} />;
}

function DoctorAppointmentRedirect() {
  const { t } = useTranslation('care');
  const { appointmentId = '' } = useParams();
  const appointment = useAppointment(appointmentId);
  const doctor = useDoctor();
  return (
    <Page title={t('appointmentPage.title')}>
      <QueryResult query={appointment}>
        {(current) => (
          <QueryResult query={doctor}>
            {({ timezone }) => (
              <Navigate replace to={`/practice?${new URLSearchParams({
                view: 'day', day: localDay(current.appointmentDate, timezone), appointment: current._id,
              })}`} />
            )}
          </QueryResult>
        )}
      </QueryResult>
    </Page>
  );
}
