import { useTranslation } from 'react-i18next';
import { CountLink } from '@/ui/CountLink';
import { useUnreadCount } from './useUnreadCount';

/**
 * The header's link to /notifications, with the unread count. Layout shows it to signed-in users
 * only. If the count cannot be fetched, the bell just shows no count: the notifications page
 * itself reports the error.
 */
export function NotificationBell() {
  const { t } = useTranslation('care');
  const unread = useUnreadCount().data ?? 0;
  return (
    <CountLink to="/notifications" count={unread}
               name={unread > 0 ? t('bell.unread', { count: unread }) : t('bell.label')}
               icon={
                 <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24">
                   <path fill="currentColor"
                         d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
                 </svg>
               } />
  );
}
