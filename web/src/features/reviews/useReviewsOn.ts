import { useInstanceFeatures } from '@/app/useInstanceFeatures';

/**
 * Whether this instance has reviews (MEDIMEET_REVIEWS). False until the server has said so, and
 * if it could not: where rating doctors is not allowed, no star may show even for a moment.
 */
export function useReviewsOn(): boolean {
  return useInstanceFeatures().data?.reviews === true;
}
