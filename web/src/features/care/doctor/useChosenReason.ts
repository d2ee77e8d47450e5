import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** An id as the API gives it, like 6760c3d4e5f6012345678901. */
const OBJECT_ID = /^[0-9a-f]{24}$/;

/** The visit reason id in the URL's `?reason=`, or null when there is none that could be one. */
export function chosenReasonId(params: URLSearchParams): string | null {
  const raw = params.get('reason');
  return raw && OBJECT_ID.test(raw) ? raw : null;
}

/**
 * The URL's parameters with `reasonId` as the chosen reason (none for null). A slot chosen for
 * another reason goes: its length was that reason's.
 */
export function withReason(params: URLSearchParams, reasonId: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (reasonId) next.set('reason', reasonId);
  else next.delete('reason');
  next.delete('slot');
  return next;
}

/**
 * The visit reason the patient picked, kept in the URL (`?reason=<id>`) like the slot (see
 * useChosenSlot): the back button returns to the reasons, and a patient sent to sign in or to
 * confirm their email comes back to the same choice.
 */
export function useChosenReason(): [string | null, (reasonId: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const choose = useCallback(
    (reasonId: string | null) => setParams((previous) => withReason(previous, reasonId)),
    [setParams],
  );
  return [chosenReasonId(params), choose];
}
