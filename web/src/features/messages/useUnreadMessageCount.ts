import { useQuery } from '@tanstack/react-query';
import { messagesApi } from '@/api/messages';
import { messageKeys } from './queryKeys';

/** How many received messages are unread; live events refresh it (see liveUpdates.ts). */
export function useUnreadMessageCount() {
  return useQuery({
    queryKey: messageKeys.unreadCount,
    queryFn: ({ signal }) => messagesApi.unreadCount(signal),
    select: (data) => data.count,
  });
}
