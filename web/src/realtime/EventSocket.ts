// The one connection to GET /api/v1/events: a fresh ticket for each attempt, reconnection with
// growing delays, and the session's end (close 4001) as the one reason to stop for good. Kept free
// of React so that its behaviour can be tested with a fake socket and fake timers.
import type { EventFrame } from '@/api/events';
import { parseEventFrame } from './frames';
import { afterClose, reconnectDelay, wasStable } from './reconnect';

export interface EventSocketOptions {
  /** A new single-use ticket (POST /api/v1/events/ticket); a rejection is retried like a drop. */
  fetchTicket: () => Promise<string>;
  onEvent: (frame: EventFrame) => void;
  /** After each connection opens, the first included: events sent while away are not replayed. */
  onConnected: () => void;
  /** The server closed with 4001: the session is over, and the socket stays closed. */
  onSessionEnded: () => void;
  /** An open connection was lost (a reconnection follows unless the session ended). */
  onDisconnected?: () => void;
  /** Opens the socket (the browser's WebSocket unless a test gives another). */
  openSocket?: (url: string) => WebSocket;
  /** The page's address, whose server the socket goes to (the window's unless a test gives another). */
  location?: Pick<Location, 'protocol' | 'host'>;
  random?: () => number;
}

/** The socket's address for a ticket, on the server that serves this page. */
export function eventSocketUrl(ticket: string, location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/v1/events?ticket=${encodeURIComponent(ticket)}`;
}

export class EventSocket {
  private socket: WebSocket | null = null;
  /** The socket once it opened, until it closes: what frames are sent on. */
  private openSocket: WebSocket | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  /** Bumped by start and stop, so that a ticket that arrives after a stop opens nothing. */
  private run = 0;
  private running = false;

  constructor(private readonly options: EventSocketOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.run += 1;
    this.attempt = 0;
    void this.connect(this.run);
  }

  stop(): void {
    this.running = false;
    this.run += 1;
    clearTimeout(this.retryTimer);
    const socket = this.socket;
    this.socket = null;
    this.openSocket = null;
    socket?.close(1000);
  }

  /**
   * Sends a text frame (a video room's message) on the open connection; false when none is open:
   * the frame is dropped, and the caller says it again after the next onConnected.
   */
  send(text: string): boolean {
    if (!this.openSocket) return false;
    this.openSocket.send(text);
    return true;
  }

  private async connect(run: number): Promise<void> {
    let socket: WebSocket;
    try {
      const ticket = await this.options.fetchTicket();
      if (run !== this.run) return;
      socket = (this.options.openSocket ?? ((url) => new WebSocket(url)))(eventSocketUrl(ticket, this.options.location));
    } catch {
      if (run === this.run) this.retryLater(run);
      return;
    }
    this.socket = socket;
    let openedAt: number | null = null;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      openedAt = Date.now();
      this.openSocket = socket;
      this.options.onConnected();
    };
    socket.onmessage = (message: MessageEvent) => {
      if (typeof message.data !== 'string') return;
      const frame = parseEventFrame(message.data);
      if (frame) this.options.onEvent(frame);
    };
    socket.onclose = (close: CloseEvent) => {
      // A socket this client closed itself, or one already replaced, says nothing about the server.
      if (this.socket !== socket || run !== this.run) return;
      this.socket = null;
      this.openSocket = null;
      if (openedAt !== null) this.options.onDisconnected?.();
      if (afterClose(close.code) === 'sessionEnded') {
        this.running = false;
        this.options.onSessionEnded();
        return;
      }
      if (openedAt !== null && wasStable(Date.now() - openedAt, close.code)) this.attempt = 0;
      this.retryLater(run);
    };
  }

  private retryLater(run: number): void {
    const delay = reconnectDelay(this.attempt, this.options.random);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => void this.connect(run), delay);
  }
}
