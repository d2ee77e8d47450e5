import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { Link } from 'react-router';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import { messagesApi, type ConversationCounterpart, type Message, type MessageThread } from '@/api/messages';
import { useCurrentUser } from '@/auth/session';
import { usePageVisible } from '@/lib/usePageVisible';
import { useNow } from '@/lib/useNow';
import { useLiveEvent } from '@/realtime/LiveEvents';
import { doctorName } from '@/features/care/doctorName';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Loading } from '@/ui/Loading';
import { retryFor } from '@/ui/retryFor';
import { MessageComposer } from './MessageComposer';
import { messageKeys } from './queryKeys';
import { sentAt } from './sentTime';
import { oldestFirst, olderThan, withMessage, withReceipt, type OlderThan, type ThreadPages } from './threadCache';
import './messages.css';

const PAGE_SIZE = 50;

/** Within this many pixels of the bottom, the reader follows the conversation as it grows. */
const FOLLOW_DISTANCE = 48;

interface ConversationThreadProps {
  userId: string;
  /** Opened from the page (not the page's first view): the focus goes to the conversation. */
  takeFocus: boolean;
}

/** The conversation with one person, newest message at the bottom, and the composer under it. */
export function ConversationThread({ userId, takeFocus }: ConversationThreadProps) {
  const { t } = useTranslation('messages');
  const thread = useInfiniteQuery<MessageThread, Error, ThreadPages, ReturnType<typeof messageKeys.thread>,
                                  OlderThan>({
    queryKey: messageKeys.thread(userId),
    queryFn: ({ pageParam, signal }) => messagesApi.thread(userId, { ...pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: {},
    getNextPageParam: olderThan,
  });
  if (thread.status === 'pending') {
    return <section className="card messages-thread"><Loading /></section>;
  }
  if (thread.status === 'error' && !thread.data) {
    return (
      <section className="card messages-thread">
        <BackLink />
        {thread.error instanceof ApiError && thread.error.status === 404
          ? <div className="alert alert-info"><p>{t('thread.notAllowed')}</p></div>
          : <ErrorAlert error={thread.error} onRetry={retryFor(thread)} />}
      </section>
    );
  }
  const counterpart = thread.data.pages[0]!.counterpart;
  return (
    <section className="card messages-thread"
             aria-label={t('thread.label', { name: doctorName(counterpart.name, counterpart.title) })}>
      <ThreadView counterpart={counterpart} pages={thread.data} takeFocus={takeFocus}
                  hasEarlier={thread.hasNextPage} loadingEarlier={thread.isFetchingNextPage}
                  loadEarlier={async () => !(await thread.fetchNextPage()).hasNextPage} />
      {thread.isError && <ErrorAlert error={thread.error} onRetry={retryFor(thread)} />}
    </section>
  );
}

function BackLink() {
  const { t } = useTranslation('messages');
  return <Link className="messages-back" to="/messages">{t('thread.back')}</Link>;
}

interface ThreadViewProps {
  counterpart: ConversationCounterpart;
  pages: ThreadPages;
  takeFocus: boolean;
  hasEarlier: boolean;
  loadingEarlier: boolean;
  /** Loads the page before the oldest shown; true when it was the conversation's first. */
  loadEarlier: () => Promise<boolean>;
}

function ThreadView({ counterpart, pages, takeFocus, hasEarlier, loadingEarlier, loadEarlier }: ThreadViewProps) {
  const { t } = useTranslation('messages');
  const me = useCurrentUser()._id;
  const queryClient = useQueryClient();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const history = useRef<HTMLOListElement>(null);
  const now = useNow();
  // "Dr Hélène Martin" for a doctor with the title, as patients call them; a patient by name.
  const name = doctorName(counterpart.name, counterpart.title);
  const messages = oldestFirst(pages);
  const lastSent = messages.findLast((message) => message.senderId === me);
  const newestUnread = messages.findLast((message) => message.senderId === counterpart._id && !message.read);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);

  // Shown means read: on opening, and for each message that arrives while the page is in view.
  const visible = usePageVisible();
  const { mutate: markRead } = useMutation({
    mutationFn: () => messagesApi.markRead(counterpart._id),
    onSuccess: (receipt) => {
      queryClient.setQueryData<ThreadPages>(messageKeys.thread(counterpart._id),
                                            (thread) => thread && withReceipt(thread, receipt));
      void queryClient.invalidateQueries({ queryKey: messageKeys.unreadCount });
      void queryClient.invalidateQueries({ queryKey: messageKeys.conversations });
    },
  });
  const newestUnreadId = newestUnread?._id;
  useEffect(() => {
    if (newestUnreadId && visible) markRead();
  }, [newestUnreadId, visible, markRead]);

  // Screen readers hear a new message from the other person; the list itself is not a live
  // region, or loading earlier messages would read them all out.
  useLiveEvent('message.created', (message) => {
    if (message.senderId === counterpart._id && message.receiverId === me) {
      setAnnouncement(t('thread.newMessage', { name, content: message.content }));
    }
  });

  const onHistoryScroll = useFollowHistory(history, messages, lastSent?.read ?? false, me);

  const onLoadEarlier = async () => {
    // The button goes once the first message is shown: the focus moves to the messages.
    if (await loadEarlier()) history.current?.focus();
  };
  const onSent = (message: Message) => {
    queryClient.setQueryData<ThreadPages>(messageKeys.thread(counterpart._id),
                                          (thread) => thread && withMessage(thread, message));
    void queryClient.invalidateQueries({ queryKey: messageKeys.conversations });
  };

  return (
    <>
      <BackLink />
      <div className="messages-thread-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>{name}</h2>
        <span className="badge badge-neutral">{t(`roles.${counterpart.role}`)}</span>
      </div>
      {hasEarlier && (
        <button type="button" className="button button-secondary button-small messages-earlier"
                disabled={loadingEarlier} onClick={() => void onLoadEarlier()}>
          {t(loadingEarlier ? 'thread.loadingEarlier' : 'thread.loadEarlier')}
        </button>
      )}
      {messages.length === 0 ? (
        <p className="muted">{t('thread.empty')}</p>
      ) : (
        // Focusable so that keyboard users can scroll it.
        <ol ref={history} className="messages-history" tabIndex={0} onScroll={onHistoryScroll}
            aria-label={t('thread.history', { name })}>
          {messages.map((message) => {
            const mine = message.senderId === me;
            return (
              <li key={message._id} className={mine ? 'messages-message messages-message-mine' : 'messages-message'}>
                <div className="messages-bubble">
                  <p className="messages-content">
                    <span className="visually-hidden">
                      {mine ? t('thread.youWrote') : t('thread.theyWrote', { name })}
                    </span>
                    {message.content}
                  </p>
                  <time className="messages-time" dateTime={message.timestamp}>{sentAt(message.timestamp, now)}</time>
                </div>
                {message === lastSent && message.read && <p className="messages-read">{t('thread.read')}</p>}
              </li>
            );
          })}
        </ol>
      )}
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
      <MessageComposer receiverId={counterpart._id} receiverName={name} onSent={onSent} />
    </>
  );
}

/**
 * Keeps the history scrolled as a conversation reads: at the bottom on opening, following new
 * messages while the reader is at the bottom (or has just sent one), and where the reader was
 * when earlier messages are added above, or the history resized. Returns its scroll handler.
 */
function useFollowHistory(history: RefObject<HTMLOListElement | null>, messages: Message[],
                          lastSentRead: boolean, me: string): () => void {
  const newest = messages[messages.length - 1];
  const newestId = newest?._id;
  const newestIsMine = newest?.senderId === me;
  const oldestId = messages[0]?._id;
  const previous = useRef<{ newestId?: string; oldestId?: string; scrollHeight: number }>({ scrollHeight: 0 });
  const following = useRef(true);
  useLayoutEffect(() => {
    const list = history.current;
    if (!list) return;
    const before = previous.current;
    const newestChanged = newestId !== before.newestId;
    if (!newestChanged && before.oldestId !== undefined && oldestId !== before.oldestId) {
      list.scrollTop += list.scrollHeight - before.scrollHeight;
    } else if (following.current || (newestChanged && newestIsMine)) {
      list.scrollTop = list.scrollHeight;
    }
    previous.current = { newestId, oldestId, scrollHeight: list.scrollHeight };
  }, [history, newestId, newestIsMine, oldestId, lastSentRead]);
  // A phone's keyboard or a turned screen resizes the history: the reader at the bottom stays there.
  const hasMessages = newestId !== undefined;
  useEffect(() => {
    const list = history.current;
    if (!list || !hasMessages) return undefined;
    const observer = new ResizeObserver(() => {
      if (following.current) list.scrollTop = list.scrollHeight;
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, [history, hasMessages]);
  return () => {
    const list = history.current;
    if (list) following.current = list.scrollHeight - list.scrollTop - list.clientHeight < FOLLOW_DISTANCE;
  };
}
