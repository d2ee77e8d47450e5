import { useQuery } from '@tanstack/react-query';
import { instanceApi } from '@/api/instance';
import { reviewKeys } from './queryKeys';

/**
 * Whether this instance has reviews (MEDIMEET_REVIEWS). False until the server has said so, and
 * if it could not: where rating doctors is not allowed, no star may show even for a moment.
 */
export function useReviewsOn(): boolean {
  const instance = useQuery({
    queryKey: reviewKeys.instance,
    queryFn: ({ signal }) => instanceApi.features(signal),
    staleTime: Infinity,
  });
  return instance.data?.reviews === true;
}
