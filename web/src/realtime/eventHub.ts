// Who listens to which event: the event socket's frames handed to the app's subscribers, and the
// app's own frames (a video room's) handed to the socket.
import type { ClientFrame, EventData, EventFrame, EventType } from '@/api/events';

export type EventHandler<T extends EventType> = (data: EventData<T>) => void;

export interface EventHub {
  /** Calls `handler` with the data of each frame of `type`; returns the unsubscription. */
  on<T extends EventType>(type: T, handler: EventHandler<T>): () => void;
  /** Calls `handler` after each (re)connection; returns the unsubscription. */
  onConnected(handler: () => void): () => void;
  /** Calls `handler` each time an open connection is lost; returns the unsubscription. */
  onDisconnected(handler: () => void): () => void;
  /** Whether the socket is open now: a frame sent now reaches the server. */
  isConnected(): boolean;
  /** Sends a frame on the open socket; false (and nothing sent) while it is closed. */
  send(frame: ClientFrame): boolean;
  emit(frame: EventFrame): void;
  connected(): void;
  disconnected(): void;
  /** The socket's way of sending a text frame (false when it is not open), or null without a socket. */
  attach(sender: ((text: string) => boolean) | null): void;
}

export function createEventHub(): EventHub {
  const handlers = new Map<EventType, Set<(data: unknown) => void>>();
  const connectedHandlers = new Set<() => void>();
  const disconnectedHandlers = new Set<() => void>();
  let sender: ((text: string) => boolean) | null = null;
  let open = false;
  const subscribe = <T>(set: Set<T>, handler: T) => {
    set.add(handler);
    return () => void set.delete(handler);
  };
  return {
    on(type, handler) {
      let set = handlers.get(type);
      if (!set) handlers.set(type, (set = new Set()));
      return subscribe(set, handler as (data: unknown) => void);
    },
    onConnected: (handler) => subscribe(connectedHandlers, handler),
    onDisconnected: (handler) => subscribe(disconnectedHandlers, handler),
    isConnected: () => open && sender !== null,
    send: (frame) => (open && sender !== null ? sender(JSON.stringify(frame)) : false),
    // Copies, so that a handler that unsubscribes (a page that closes) does not skip another.
    emit: (frame) => [...(handlers.get(frame.type) ?? [])].forEach((handler) => handler(frame.data)),
    connected: () => {
      open = true;
      [...connectedHandlers].forEach((handler) => handler());
    },
    disconnected: () => {
      if (!open) return;
      open = false;
      [...disconnectedHandlers].forEach((handler) => handler());
    },
    attach: (next) => {
      sender = next;
    },
  };
}
