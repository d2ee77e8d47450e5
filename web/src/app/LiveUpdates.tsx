import { useCareLiveUpdates } from '../features/care/liveUpdates';
import { usePracticeLiveUpdates } from '../features/practice/liveUpdates';
import { useMessageLiveUpdates } from '../features/messages/liveUpdates';
import { useVisitLiveUpdates } from '../features/visit/liveUpdates';

/**
 * What the event socket keeps current, each area its own queries; mounted once, for a signed-in
 * user, whatever page is open, so that no cached page is left stale behind the one shown.
 */
export function LiveUpdates() {
  useCareLiveUpdates();
  usePracticeLiveUpdates();
  useMessageLiveUpdates();
  useVisitLiveUpdates();
  return null;
}
