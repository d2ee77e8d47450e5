import { useRef, useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notificationsApi } from '@/api/notifications';
import { useCurrentUser } from '@/auth/session';
import { Page } from '@/ui/Page';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { QueryResult } from '@/ui/QueryResult';
import { careKeys } from '../queryKeys';
import { Pagination } from '@/ui/Pagination';
import { NotificationItem } from './NotificationItem';
import { useUnreadCount } from './useUnreadCount';
import '../care.css';

const PAGE_SIZE = 20;

/** /notifications: every message about the user's appointments, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation('care');
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const unread = useUnreadCount().data ?? 0;
  const list = useQuery({
    queryKey: careKeys.notificationList(page),
    queryFn: ({ signal }) => notificationsApi.list({ page, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
  const status = useRef<HTMLParagraphElement>(null);
  const markAll = useMutation({
    mutationFn: notificationsApi.markAllRead,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: careKeys.notifications });
      // The button goes away with the last unread notification: keep the focus near it.
      status.current?.focus();
    },
  });

  return (
    <Page title={t('notifications.title')}
          actions={unread > 0 && (
            <button type="button" className="button button-secondary button-small" disabled={markAll.isPending}
                    onClick={() => markAll.mutate()}>
              {t('notifications.markAllRead')}
            </button>
          )}>
      <ErrorAlert error={markAll.error} />
      <p role="status" className="care-muted care-item-status" ref={status} tabIndex={-1}>
        {markAll.isSuccess && unread === 0 ? t('notifications.allRead') : ''}
      </p>
      <QueryResult query={list}>
        {({ notifications, total }) => (
          <>
            {total === 0 && <p>{t('notifications.empty')}</p>}
            {notifications.length > 0 && (
              <>
                <ul className="care-plain-list care-notification-list">
                  {notifications.map((notification) => (
                    <li key={notification._id}>
                      <NotificationItem notification={notification} linkToAppointments={user.role === 'patient'} />
                    </li>
                  ))}
                </ul>
                <Pagination page={page} total={total} limit={PAGE_SIZE} label={t('notifications.pages')}
                            onPageChange={setPage} />
              </>
            )}
          </>
        )}
      </QueryResult>
    </Page>
  );
}
