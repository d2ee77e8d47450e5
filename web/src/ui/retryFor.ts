import { isRetryable } from '../api/client';

/** A failed query's retry action for its ErrorAlert, or none when asking again cannot help. */
export function retryFor(query: { error: unknown; refetch: () => unknown }): (() => void) | undefined {
  return isRetryable(query.error) ? () => void query.refetch() : undefined;
}
