// Who listens to which event: the event socket's frames handed to the app's subscribers.
import type { EventData, EventFrame, EventType } from '@/api/events';

export type EventHandler<T extends EventType> = (data: EventData<T>) => void;

export interface EventHub {
  /** Calls `handler` with the data of each frame of `type`; returns the unsubscription. */
  on<T extends EventType>(type: T, handler: EventHandler<T>): () => void;
  /** Calls `handler` after each (re)connection; returns the unsubscription. */
  onConnected(handler: () => void): () => void;
  emit(frame: EventFrame): void;
  connected(): void;
}

export function createEventHub(): EventHub {
  const handlers = new Map<EventType, Set<(data: unknown) => void>>();
  const connectedHandlers = new Set<() => void>();
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
    // Copies, so that a handler that unsubscribes (a page that closes) does not skip another.
    emit: (frame) => [...(handlers.get(frame.type) ?? [])].forEach((handler) => handler(frame.data)),
    connected: () => [...connectedHandlers].forEach((handler) => handler()),
  };
}
