import { api, queryString } from './client';

export type NotificationType = 'appointmentConfirmation' | 'appointmentReminder' | 'appointmentCancellation';

export interface Notification {
  _id: string;
  userId: string;
  type: NotificationType;
  /** Written by the server, in English. */
  message: string;
  sentAt: string | null;
  read: boolean;
  appointmentId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NotificationPage {
  notifications: Notification[];
  page: number;
  limit: number;
  total: number;
}

export const notificationsApi = {
  list: (query: { unread?: boolean; page?: number; limit?: number }, signal?: AbortSignal) =>
    api.get<NotificationPage>(`/notifications${queryString({ ...query, unread: query.unread ? 'true' : undefined })}`, signal),
  unreadCount: (signal?: AbortSignal) => api.get<{ count: number }>('/notifications/unread-count', signal),
  markRead: (id: string) => api.post<void>(`/notifications/${id}/read`),
  markAllRead: () => api.post<{ updated: number }>('/notifications/read-all'),
};
