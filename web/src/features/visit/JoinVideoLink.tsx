import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import { teleconsultationsApi } from '@/api/teleconsultations';
import { visitKeys } from './queryKeys';

/** A video appointment that ended longer ago than this has no room to join any more: not even asked. */
const lookBackMs = 24 * 60 * 60_000;

/**
 * "Join the video consultation" on a confirmed video appointment, to its room's page (the path of
 * its teleconsultation's videoLink, `/visit/<_id>`), unless the room has closed. Nothing for any
 * other appointment.
 */
export function JoinVideoLink({ appointment, now }: { appointment: Appointment; now: number }) {
  const { t } = useTranslation('visit');
  const relevant = appointment.mode === 'video' && appointment.status === 'confirmed' &&
    Date.parse(appointment.endDate) > now - lookBackMs;
  const teleconsultation = useQuery({
    queryKey: visitKeys.ofAppointment(appointment._id),
    queryFn: ({ signal }) => teleconsultationsApi.ofAppointment(appointment._id, signal),
    enabled: relevant,
    // Each reading is in the patient's access log; the link itself does not change.
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });
  const found = teleconsultation.data;
  if (!relevant || !found || found.room.state === 'closed' || found.room.state === 'canceled') return null;
  return (
    <Link className="button button-small" to={`/visit/${found._id}`}>
      {t('join')}
    </Link>
  );
}
