import { useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/ui/Page';
import { ConversationList } from './ConversationList';
import { ConversationThread } from './ConversationThread';
import './messages.css';

/**
 * /messages and /messages/:userId (where the unread-message emails lead): the conversations and
 * the one open beside them; on a phone, the list or the conversation, one at a time.
 */
export function MessagesPage() {
  const { t } = useTranslation('messages');
  const { userId } = useParams();
  const listHeading = useRef<HTMLHeadingElement>(null);
  // On the page's first view the focus is on its title (Page); after that, it follows what opens.
  const shownBefore = useRef(false);
  useEffect(() => {
    if (shownBefore.current && userId === undefined) listHeading.current?.focus();
    shownBefore.current = true;
  }, [userId]);
  return (
    <Page title={t('title')}>
      <div className={userId ? 'messages-layout messages-layout-open' : 'messages-layout'}>
        <ConversationList openUserId={userId} headingRef={listHeading} />
        {userId ? (
          <ConversationThread key={userId} userId={userId} takeFocus={shownBefore.current} />
        ) : (
          <div className="card messages-placeholder">
            <p className="muted">{t('list.choose')}</p>
          </div>
        )}
      </div>
    </Page>
  );
}
