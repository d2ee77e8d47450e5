import { describe, expect, it } from 'vitest';
import type { Message, MessageThread } from '@/api/messages';
import { oldestFirst, olderThan, withMessage, withReceipt, type ThreadPages } from './threadCache';

const counterpart = { _id: 'd'.repeat(24), name: 'Hélène Martin', role: 'doctor' as const, title: 'Dr' };

function message(id: string, minute: number, read = false): Message {
  const timestamp = `2026-12-01T09:${String(minute).padStart(2, '0')}:00.000Z`;
  return { _id: id, senderId: counterpart._id, receiverId: 'p'.repeat(24), content: `message ${id}`, timestamp,
           read, readAt: null, createdAt: timestamp, updatedAt: timestamp };
}

const page = (messages: Message[], hasMore: boolean): MessageThread => ({ counterpart, messages, hasMore });
const thread = (...pages: MessageThread[]): ThreadPages =>
  ({ pages, pageParams: pages.map((_, index) => (index === 0 ? {} : { before: 'x', beforeId: 'y' })) });

describe('the thread’s pages', () => {
  it('page back from the oldest message shown, while there are more', () => {
    expect(olderThan(page([message('b', 2), message('a', 1)], true)))
      .toEqual({ before: '2026-12-01T09:01:00.000Z', beforeId: 'a' });
    expect(olderThan(page([message('a', 1)], false))).toBeUndefined();
    expect(olderThan(page([], true))).toBeUndefined();
  });

  it('read oldest first across pages, each message once', () => {
    const loaded = thread(page([message('d', 4), message('c', 3)], true), page([message('c', 3), message('b', 2)], true));
    expect(oldestFirst(loaded).map((shown) => shown._id)).toEqual(['b', 'c', 'd']);
  });

  it('orders messages of the same instant by id, as the server does', () => {
    const loaded = thread(page([message('b', 1), message('a', 1)], false));
    expect(oldestFirst(withMessage(loaded, message('c', 1))).map((shown) => shown._id)).toEqual(['a', 'b', 'c']);
  });
});

describe('a new message', () => {
  it('joins the newest page', () => {
    const loaded = thread(page([message('b', 2)], true), page([message('a', 1)], false));
    const updated = withMessage(loaded, message('c', 3));
    expect(updated.pages[0]!.messages.map((shown) => shown._id)).toEqual(['c', 'b']);
    expect(updated.pages[1]).toBe(loaded.pages[1]);
  });

  it('is not added twice (the sender’s answer and its event both bring it)', () => {
    const loaded = thread(page([message('b', 2)], false));
    expect(withMessage(loaded, message('b', 2))).toBe(loaded);
  });
});

describe('a read receipt', () => {
  it('marks its messages read, with its time, and leaves the others', () => {
    const loaded = thread(page([message('b', 2), message('a', 1)], false));
    const updated = withReceipt(loaded, { readerId: 'p'.repeat(24), senderId: counterpart._id,
                                          readAt: '2026-12-01T10:00:00.000Z', messageIds: ['a'] });
    expect(updated.pages[0]!.messages.map(({ read, readAt }) => ({ read, readAt }))).toEqual([
      { read: false, readAt: null },
      { read: true, readAt: '2026-12-01T10:00:00.000Z' },
    ]);
  });
});
