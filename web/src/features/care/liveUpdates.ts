import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvent, useLiveReconnect } from '@/realtime/LiveEvents';
import { careKeys } from './queryKeys';

/**
 * Keeps notifications (the bell's count, the list) and the patient's appointments current from
 * the event socket, in place of asking the server again every so often.
 */
export function useCareLiveUpdates() {
  const queryClient = useQueryClient();
  const refresh = (queryKey: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey });
  useLiveEvent('notification.created', () => refresh(careKeys.notifications));
  useLiveEvent('appointment.updated', (appointment) => {
    refresh(careKeys.appointments);
    // A booking takes a slot of the doctor's, a cancellation frees one.
    refresh(careKeys.doctor(appointment.doctorId));
  });
  useLiveReconnect(() => {
    refresh(careKeys.notifications);
    refresh(careKeys.appointments);
  });
}
