import { ApiError } from '../../api/client';

/**
 * A query's retry action for its ErrorAlert, or none when asking again cannot help: a 4xx
 * (a doctor who is not listed, an appointment that is not yours) stays what it is.
 */
export function retryFor(query: { error: unknown; refetch: () => unknown }): (() => void) | undefined {
  const { error } = query;
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return undefined;
  return () => void query.refetch();
}
