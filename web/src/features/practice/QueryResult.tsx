import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Loading } from '../../ui/Loading';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { retryFor } from '../../ui/retryFor';

interface QueryResultProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}

/** A query's data once loaded; until then a loading line, and on failure its error (with a retry when one can help). */
export function QueryResult<T>({ query, children }: QueryResultProps<T>) {
  if (query.status === 'pending') return <Loading />;
  if (query.status === 'error') return <ErrorAlert error={query.error} onRetry={retryFor(query)} />;
  return <>{children(query.data)}</>;
}
