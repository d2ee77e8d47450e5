import { useQueryClient } from '@tanstack/react-query';
import type { Message, ReadReceipt } from '@/api/messages';
import { useSession } from '@/auth/session';
import { useLiveEvent, useLiveReconnect } from '@/realtime/LiveEvents';
import { messageKeys } from './queryKeys';
import { withMessage, withReceipt, type ThreadPages } from './threadCache';

/**
 * Keeps messages current from the event socket: a new message joins its open thread, a read
 * receipt marks its messages, and the counts and the conversation list are fetched again.
 */
export function useMessageLiveUpdates() {
  const queryClient = useQueryClient();
  const me = useSession().user?._id;
  const refreshLists = () => {
    void queryClient.invalidateQueries({ queryKey: messageKeys.unreadCount });
    void queryClient.invalidateQueries({ queryKey: messageKeys.conversations });
  };
  useLiveEvent('message.created', (message: Message) => {
    const counterpart = message.senderId === me ? message.receiverId : message.senderId;
    queryClient.setQueryData<ThreadPages>(messageKeys.thread(counterpart),
                                          (thread) => thread && withMessage(thread, message));
    refreshLists();
  });
  useLiveEvent('message.read', (receipt: ReadReceipt) => {
    const counterpart = receipt.readerId === me ? receipt.senderId : receipt.readerId;
    queryClient.setQueryData<ThreadPages>(messageKeys.thread(counterpart),
                                          (thread) => thread && withReceipt(thread, receipt));
    refreshLists();
  });
  useLiveReconnect(() => void queryClient.invalidateQueries({ queryKey: messageKeys.all }));
}
