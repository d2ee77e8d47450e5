import { useQuery } from '@tanstack/react-query';
import { instanceApi } from '@/api/instance';

/**
 * What this instance offers (reviews, payment methods): part of the server's configuration, so
 * asked once and shared by every area that depends on it.
 */
export function useInstanceFeatures() {
  return useQuery({
    queryKey: ['instance'],
    queryFn: ({ signal }) => instanceApi.features(signal),
    staleTime: Infinity,
  });
}
