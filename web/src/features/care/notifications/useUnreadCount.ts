import { useQuery } from '@tanstack/react-query';
import { notificationsApi } from '@/api/notifications';
import { careKeys } from '../queryKeys';

/** How many notifications are unread, asked again every 30 seconds while the app is open. */
export function useUnreadCount() {
  return useQuery({
    queryKey: careKeys.unreadCount,
    queryFn: ({ signal }) => notificationsApi.unreadCount(signal),
    select: (data) => data.count,
    refetchInterval: 30_000,
  });
}
