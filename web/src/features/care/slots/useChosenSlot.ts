import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** A slot's start as the API gives it, like 2026-12-01T08:00:00.000Z. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The slot the patient picked, kept in the URL (`?slot=<start>`): the back button returns to the
 * calendar, and a patient sent to sign in comes back to the same choice.
 */
export function useChosenSlot(): [string | null, (start: string | null, replace?: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('slot');
  const chosen = raw && INSTANT.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : null;
  const choose = useCallback(
    (start: string | null, replace = false) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (start) next.set('slot', start);
        else next.delete('slot');
        return next;
      }, { replace }),
    [setParams],
  );
  return [chosen, choose];
}
