import { useId, useState, type Ref } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { messagesApi, type Conversation } from '@/api/messages';
import { useCurrentUser } from '@/auth/session';
import { doctorName } from '@/features/care/doctorName';
import { useNow } from '@/lib/useNow';
import { Pagination } from '@/ui/Pagination';
import { QueryResult } from '@/ui/QueryResult';
import { messageKeys } from './queryKeys';
import { sentOn } from './sentTime';
import './messages.css';

const PAGE_SIZE = 20;

interface ConversationListProps {
  /** The conversation open beside the list, if any. */
  openUserId: string | undefined;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The people the user exchanges messages with, the latest conversation first. */
export function ConversationList({ openUserId, headingRef }: ConversationListProps) {
  const { t } = useTranslation('messages');
  const user = useCurrentUser();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: messageKeys.conversationList(page),
    queryFn: ({ signal }) => messagesApi.conversations({ page, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="card messages-list" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>{t('list.heading')}</h2>
      <QueryResult query={list}>
        {({ conversations, total }) => total === 0 ? (
          <p className="muted">{t(user.role === 'doctor' ? 'list.emptyDoctor' : 'list.emptyPatient')}</p>
        ) : (
          <>
            <ul className="messages-conversations">
              {conversations.map((conversation) => (
                <li key={conversation.counterpart._id}>
                  <ConversationLink conversation={conversation} me={user._id}
                                    open={conversation.counterpart._id === openUserId} />
                </li>
              ))}
            </ul>
            <Pagination page={page} total={total} limit={PAGE_SIZE} label={t('list.pages')} onPageChange={setPage} />
          </>
        )}
      </QueryResult>
    </section>
  );
}

function ConversationLink({ conversation, me, open }: { conversation: Conversation; me: string; open: boolean }) {
  const { t } = useTranslation('messages');
  const now = useNow();
  const { counterpart, lastMessage, unreadCount } = conversation;
  return (
    <Link to={`/messages/${counterpart._id}`} aria-current={open ? 'page' : undefined}
          className={unreadCount > 0 ? 'messages-conversation messages-conversation-unread' : 'messages-conversation'}>
      <span className="messages-conversation-name">
        {doctorName(counterpart.name, counterpart.title)}
        <span className="messages-conversation-role"> · {t(`roles.${counterpart.role}`)}</span>
      </span>
      <time className="messages-conversation-time" dateTime={lastMessage.timestamp}>
        {sentOn(lastMessage.timestamp, now)}
      </time>
      <span className="messages-conversation-preview">
        {lastMessage.senderId === me ? t('list.you', { content: lastMessage.content }) : lastMessage.content}
      </span>
      {unreadCount > 0 && (
        <span className="badge messages-conversation-count">
          <span aria-hidden="true">{unreadCount}</span>
          <span className="visually-hidden">{t('list.unread', { count: unreadCount })}</span>
        </span>
      )}
    </Link>
  );
}
