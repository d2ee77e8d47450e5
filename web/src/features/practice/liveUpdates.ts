import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvent, useLiveReconnect } from '@/realtime/LiveEvents';
import { refreshAppointments } from './queries';

/** Keeps the doctor's agenda, free slots, counts and patients current from the event socket. */
export function usePracticeLiveUpdates() {
  const queryClient = useQueryClient();
  const refresh = () => void refreshAppointments(queryClient);
  useLiveEvent('appointment.updated', refresh);
  useLiveReconnect(refresh);
}
