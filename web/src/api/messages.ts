import { api, queryString } from './client';
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/** A message between a patient and a doctor who share an appointment. */
export type Message = Schemas['Message'];
/** Messages of one sender that their receiver has just read. */
export type ReadReceipt = Schemas['ReadReceipt'];
export type Conversation = Schemas['Conversation'];
export type ConversationCounterpart = Schemas['ConversationCounterpart'];
export type ConversationPage = Schemas['ConversationPage'];
/** One page of the messages with someone, newest first. */
export type MessageThread = Schemas['MessageThread'];
export type ConversationQuery = NonNullable<operations['listConversations']['parameters']['query']>;
/** `before` and `beforeId`: the oldest message shown, to page back from it. */
export type ThreadQuery = NonNullable<operations['listConversationMessages']['parameters']['query']>;

export const messagesApi = {
  /** `idempotencyKey` makes a retried send (after a lost answer) return the first message. */
  send: (message: Schemas['NewMessage'], idempotencyKey: string) =>
    api.post<Message>('/messages', message, { 'Idempotency-Key': idempotencyKey }),
  unreadCount: (signal?: AbortSignal) => api.get<Schemas['UnreadCount']>('/messages/unread-count', signal),
  conversations: (query: ConversationQuery, signal?: AbortSignal) =>
    api.get<ConversationPage>(`/conversations${queryString({ ...query })}`, signal),
  thread: (userId: string, query: ThreadQuery, signal?: AbortSignal) =>
    api.get<MessageThread>(`/conversations/${userId}/messages${queryString({ ...query })}`, signal),
  markRead: (userId: string) => api.post<ReadReceipt>(`/conversations/${userId}/read`),
};
