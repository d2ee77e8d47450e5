import { useTranslation } from 'react-i18next';
import { CountLink } from '@/ui/CountLink';
import { useUnreadMessageCount } from './useUnreadMessageCount';

/** The header's link to /messages, with how many messages are unread (none shown if that cannot be fetched). */
export function MessagesLink() {
  const { t } = useTranslation('messages');
  const unread = useUnreadMessageCount().data ?? 0;
  return (
    <CountLink to="/messages" count={unread}
               name={unread > 0 ? t('link.unread', { count: unread }) : t('link.label')}
               icon={
                 <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24">
                   <path fill="currentColor"
                         d="M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2Zm-3 11H7v-2h10v2Zm0-4H7V7h10v2Z" />
                 </svg>
               } />
  );
}
