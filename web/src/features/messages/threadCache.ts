// A conversation as the thread's infinite query holds it: pages of messages newest first, the
// first page the newest. Live events change it in place rather than refetching every page.
import type { InfiniteData } from '@tanstack/react-query';
import type { Message, MessageThread, ReadReceipt, ThreadQuery } from '@/api/messages';

/** What a thread page is fetched from: nothing for the newest, else the oldest message shown. */
export type OlderThan = Pick<ThreadQuery, 'before' | 'beforeId'>;
export type ThreadPages = InfiniteData<MessageThread, OlderThan>;

/** The page before `page`, from its oldest message; none when the conversation starts there. */
export function olderThan(page: MessageThread): OlderThan | undefined {
  const oldest = page.messages[page.messages.length - 1];
  return page.hasMore && oldest ? { before: oldest.timestamp, beforeId: oldest._id } : undefined;
}

const descending = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** Newest first, as the server sorts: by timestamp, then by id (both compare as plain strings). */
const newerFirst = (a: Message, b: Message) => descending(a.timestamp, b.timestamp) || descending(a._id, b._id);

/** The thread with `message` in its newest page (a sent or received one); as it was if already there. */
export function withMessage(thread: ThreadPages, message: Message): ThreadPages {
  if (thread.pages.some((page) => page.messages.some((shown) => shown._id === message._id))) return thread;
  const [newest, ...older] = thread.pages;
  if (!newest) return thread;
  return { ...thread, pages: [{ ...newest, messages: [message, ...newest.messages].sort(newerFirst) }, ...older] };
}

/** The thread with the receipt's messages read. */
export function withReceipt(thread: ThreadPages, receipt: ReadReceipt): ThreadPages {
  const read = new Set(receipt.messageIds);
  return {
    ...thread,
    pages: thread.pages.map((page) => ({
      ...page,
      messages: page.messages.map((message) =>
        read.has(message._id) && !message.read ? { ...message, read: true, readAt: receipt.readAt } : message),
    })),
  };
}

/** Every message loaded, oldest first (as a conversation reads, newest at the bottom), each once. */
export function oldestFirst(thread: ThreadPages): Message[] {
  const byId = new Map(thread.pages.flatMap((page) => page.messages).map((message) => [message._id, message]));
  return [...byId.values()].sort(newerFirst).reverse();
}
