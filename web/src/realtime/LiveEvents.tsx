import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { eventsApi, type EventType } from '@/api/events';
import { endSession } from '@/api/client';
import { useSession } from '@/auth/session';
import { EventSocket } from './EventSocket';
import { createEventHub, type EventHandler, type EventHub } from './eventHub';

const LiveEventsContext = createContext<EventHub | null>(null);

/**
 * The app's one event socket, open while someone is signed in (a new one for another user, closed
 * at sign-out), and the hub its frames go through. The server ending the session on the socket
 * (close 4001) signs the user out as a 401 would.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const [hub] = useState(createEventHub);
  const userId = user?._id;
  useEffect(() => {
    if (!userId) return undefined;
    const socket = new EventSocket({
      fetchTicket: async () => (await eventsApi.ticket()).ticket,
      onEvent: hub.emit,
      onConnected: hub.connected,
      onDisconnected: hub.disconnected,
      onSessionEnded: endSession,
    });
    hub.attach((text) => socket.send(text));
    socket.start();
    return () => {
      socket.stop();
      hub.attach(null);
      hub.disconnected();
    };
  }, [userId, hub]);
  return <LiveEventsContext.Provider value={hub}>{children}</LiveEventsContext.Provider>;
}

/** The hub itself, for what subscribes and sends in one place (a video room's session). */
export function useEventHub(): EventHub {
  return useHub();
}

function useHub(): EventHub {
  const hub = useContext(LiveEventsContext);
  if (!hub) throw new Error('live events used outside LiveEventsProvider');
  return hub;
}

/** The latest `handler`, for subscriptions that should not be redone at each render. */
function useLatest<T>(handler: T) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  return latest;
}

/** Calls `handler` with the data of each event of `type` while the component is mounted. */
export function useLiveEvent<T extends EventType>(type: T, handler: EventHandler<T>): void {
  const hub = useHub();
  const latest = useLatest(handler);
  useEffect(() => hub.on(type, (data) => latest.current(data)), [hub, type, latest]);
}

/**
 * Calls `handler` after each (re)connection of the event socket: what happened while it was
 * closed was not sent, so whatever a component shows from the server is to be fetched again.
 */
export function useLiveReconnect(handler: () => void): void {
  const hub = useHub();
  const latest = useLatest(handler);
  useEffect(() => hub.onConnected(() => latest.current()), [hub, latest]);
}
