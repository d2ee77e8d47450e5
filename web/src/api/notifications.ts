import { api, queryString } from './client';
import type { components, operations } from './schema';

type Schemas = components['schemas'];

export type NotificationType = Schemas['NotificationType'];
/** A notification; its `message` is written by the server, in English. */
export type Notification = Schemas['Notification'];
export type NotificationPage = Schemas['NotificationPage'];
export type NotificationQuery = NonNullable<operations['listNotifications']['parameters']['query']>;

export const notificationsApi = {
  list: (query: NotificationQuery, signal?: AbortSignal) =>
    api.get<NotificationPage>(`/notifications${queryString({ ...query, unread: query.unread ? 'true' : undefined })}`, signal),
  unreadCount: (signal?: AbortSignal) => api.get<Schemas['UnreadCount']>('/notifications/unread-count', signal),
  markRead: (id: string) => api.post<void>(`/notifications/${id}/read`),
  markAllRead: () => api.post<Schemas['ReadAllResult']>('/notifications/read-all'),
};
