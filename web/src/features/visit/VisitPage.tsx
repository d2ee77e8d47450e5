import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import { appointmentsApi } from '@/api/appointments';
import { teleconsultationsApi, type Teleconsultation } from '@/api/teleconsultations';
import { useCurrentUser } from '@/auth/session';
import { careKeys } from '@/features/care/queryKeys';
import { doctorName } from '@/features/care/doctorName';
import { browserTimeZone, formatDateTime } from '@/lib/time';
import { useNow } from '@/lib/useNow';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Loading } from '@/ui/Loading';
import { Page } from '@/ui/Page';
import { retryFor } from '@/ui/retryFor';
import { RoomCall } from './RoomCall';
import { openingTime, untilOpening } from './roomWindow';
import { visitKeys } from './queryKeys';
import './visit.css';
import { VisitPapers } from './VisitPapers';

/**
 * /visit/:teleconsultationId, a teleconsultation's videoLink: before its window, when the room
 * opens (on the user's clock); inside it, the call; after it, or once canceled, that it is over.
 * Only the appointment's patient and doctor see it: the server answers 404 to anyone else.
 */
export function VisitPage() {
  const { t } = useTranslation('visit');
  const { teleconsultationId = '' } = useParams();
  const teleconsultation = useQuery({
    queryKey: visitKeys.teleconsultation(teleconsultationId),
    queryFn: ({ signal }) => teleconsultationsApi.get(teleconsultationId, signal),
    // Each reading is written in the patient's access log: asked when the room's state may change, not on focus.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
  const { data, dataUpdatedAt, refetch } = teleconsultation;
  // A scheduled room is asked about again when it should open (and again after each answer that
  // it has not: an answer equal to the last keeps its object, so the time of the answer counts).
  useEffect(() => {
    const wait = data && untilOpening(data.room, Date.now());
    if (!wait) return undefined;
    const timer = setTimeout(() => void refetch(), wait);
    return () => clearTimeout(timer);
  }, [data, dataUpdatedAt, refetch]);
  return (
    <Page title={t('title')}>
      {teleconsultation.status === 'pending' ? <Loading /> : teleconsultation.status === 'error' ? (
        <VisitError error={teleconsultation.error} onRetry={retryFor(teleconsultation)} />
      ) : (
        <Visit teleconsultation={teleconsultation.data} />
      )}
    </Page>
  );
}

function BackLink() {
  const { t } = useTranslation('visit');
  const { role } = useCurrentUser();
  return (
    <p>
      {role === 'doctor'
        ? <Link to="/practice">{t('backToAgenda')}</Link>
        : <Link to="/appointments">{t('backToAppointments')}</Link>}
    </p>
  );
}

function VisitError({ error, onRetry }: { error: unknown; onRetry: (() => void) | undefined }) {
  const { t } = useTranslation('visit');
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <>
      <ErrorAlert error={error} onRetry={notFound ? undefined : onRetry} message={notFound ? t('notFound') : undefined} />
      <BackLink />
    </>
  );
}

function Visit({ teleconsultation }: { teleconsultation: Teleconsultation }) {
  const { t } = useTranslation('visit');
  const { room } = teleconsultation;
  return (
    <>
      <VisitHeading teleconsultation={teleconsultation} />
      {room.state === 'open' ? (
        <RoomCall teleconsultation={teleconsultation} />
      ) : (
        <>
          {room.state === 'scheduled' && <RoomOpensAt opensAt={room.opensAt} />}
          {room.state === 'closed' && <p className="alert alert-info">{t('room.closed')}</p>}
          {room.state === 'canceled' && <p className="alert alert-warning">{t('room.canceled')}</p>}
          <BackLink />
        </>
      )}
      <VisitPapers teleconsultation={teleconsultation} />
    </>
  );
}

/** With whom and when, from the appointment (the page works without it). */
function VisitHeading({ teleconsultation }: { teleconsultation: Teleconsultation }) {
  const { t } = useTranslation('visit');
  const { role } = useCurrentUser();
  const appointment = useQuery({
    queryKey: careKeys.appointment(teleconsultation.appointmentId),
    queryFn: ({ signal }) => appointmentsApi.get(teleconsultation.appointmentId, signal),
  });
  if (!appointment.data) return null;
  const { patientName, doctorName: name, doctorTitle, appointmentDate } = appointment.data;
  return (
    <p className="visit-heading">
      <span className="visit-with">
        {t('with', { name: role === 'doctor' ? patientName : doctorName(name, doctorTitle) })}
      </span>{' '}
      <time dateTime={appointmentDate}>{formatDateTime(appointmentDate, browserTimeZone())}</time>
    </p>
  );
}

function RoomOpensAt({ opensAt }: { opensAt: string }) {
  const { t } = useTranslation('visit');
  const now = useNow();
  const { time, date } = openingTime(opensAt, browserTimeZone(), now);
  return (
    <div className="alert alert-info" role="status">
      <p className="visit-opens">
        {date ? t('room.opensOn', { date, time }) : t('room.opensAt', { time })}
      </p>
      <p>{t('room.opensHint')}</p>
    </div>
  );
}
