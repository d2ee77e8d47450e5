import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Loading } from './Loading';
import { ErrorAlert } from './ErrorAlert';
import { retryFor } from './retryFor';

interface QueryResultProps<T> {
  query: UseQueryResult<T>;
  /** Shown under the error, like a way back when there is nothing else to see. */
  afterError?: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * A query's data once loaded; until then a loading line, and on failure its error (with a retry
 * when one can help). A failed refresh leaves the data it had on screen, under the error.
 */
export function QueryResult<T>({ query, afterError, children }: QueryResultProps<T>) {
  if (query.status === 'pending') return <Loading />;
  return (
    <>
      {query.status === 'error' && (
        <>
          <ErrorAlert error={query.error} onRetry={retryFor(query)} />
          {afterError}
        </>
      )}
      {query.data !== undefined && children(query.data)}
    </>
  );
}
