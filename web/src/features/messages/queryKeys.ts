// The react-query keys of messages. They all start with 'messages', so that one invalidation by
// that prefix refreshes everything shown of them (after the event socket reconnects, say).
export const messageKeys = {
  all: ['messages'] as const,
  unreadCount: ['messages', 'unread-count'] as const,
  conversations: ['messages', 'conversations'] as const,
  conversationList: (page: number) => ['messages', 'conversations', page] as const,
  thread: (userId: string) => ['messages', 'thread', userId] as const,
};
