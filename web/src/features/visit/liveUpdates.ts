import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '@/auth/session';
import { useLiveEvent, useLiveReconnect } from '@/realtime/LiveEvents';
import { useRefreshTeleconsultation } from './useRefreshTeleconsultation';
import { withoutRoom, withWaiting, type WaitingPatient } from './waitingPatients';

/** Kept in the query cache like the server's data, so that any page can show it. */
const waitingKey = ['visit', 'waiting'] as const;

/**
 * Keeps a doctor's list of patients waiting in their video rooms from the event socket: a patient
 * joins it on room.waiting and leaves it once admitted or gone. Frames missed while the socket was
 * closed are not replayed, so a reconnection empties it: the next waiting patient says so again.
 */
export function useVisitLiveUpdates() {
  const queryClient = useQueryClient();
  const refresh = useRefreshTeleconsultation();
  const isDoctor = useSession().user?.role === 'doctor';
  const change = (update: (list: readonly WaitingPatient[]) => WaitingPatient[]) => {
    if (isDoctor) queryClient.setQueryData<WaitingPatient[]>(waitingKey, (list) => update(list ?? []));
  };
  useLiveEvent('room.waiting', (waiting) => change((list) => withWaiting(list, waiting)));
  useLiveEvent('room.admit', ({ teleconsultationId }) => change((list) => withoutRoom(list, teleconsultationId)));
  useLiveEvent('room.leave', ({ teleconsultationId, role }) => {
    if (role === 'patient') change((list) => withoutRoom(list, teleconsultationId));
  });
  useLiveReconnect(() => change(() => []));
  // A party attached or detached a document, or the doctor wrote the prescription: read it again.
  useLiveEvent('teleconsultation.updated', ({ teleconsultationId }) => void refresh(teleconsultationId));
}

/** The patients waiting in the signed-in doctor's video rooms, latest first. */
export function useWaitingPatients(): WaitingPatient[] {
  return useQuery({
    queryKey: waitingKey,
    queryFn: () => [] as WaitingPatient[],
    initialData: [],
    staleTime: Infinity,
    gcTime: Infinity,
  }).data;
}
