import { useQueryClient } from '@tanstack/react-query';
import { visitKeys } from './queryKeys';

/**
 * Reads a consultation again: after a change made on its page, and when the event socket says
 * the other party changed it. Only that query: each reading is written in the patient's access log.
 */
export function useRefreshTeleconsultation(): (teleconsultationId: string) => Promise<void> {
  const queryClient = useQueryClient();
  return (teleconsultationId) =>
    queryClient.invalidateQueries({ queryKey: visitKeys.teleconsultation(teleconsultationId), exact: true });
}
