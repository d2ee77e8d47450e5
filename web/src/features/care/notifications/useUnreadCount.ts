import { useQuery } from '@tanstack/react-query';
import { notificationsApi } from '@/api/notifications';
import { careKeys } from '../queryKeys';

/** How many notifications are unread; live events refresh it (see care/liveUpdates.ts). */
export function useUnreadCount() {
  return useQuery({
    queryKey: careKeys.unreadCount,
    queryFn: ({ signal }) => notificationsApi.unreadCount(signal),
    select: (data) => data.count,
  });
}
