import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventFrame } from '@/api/events';
import { EventSocket, eventSocketUrl, type EventSocketOptions } from './EventSocket';

/** Stands in for the browser's WebSocket: the test opens, feeds and closes it. */
class FakeSocket {
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: ((close: { code: number }) => void) | null = null;
  closedWith: number | undefined;
  sent: string[] = [];
  constructor(readonly url: string) {}
  close(code: number) {
    this.closedWith = code;
  }
  send(text: string) {
    this.sent.push(text);
  }
  open() {
    this.onopen?.();
  }
  receive(data: unknown) {
    this.onmessage?.({ data });
  }
  drop(code: number) {
    this.onclose?.({ code });
  }
}

const notification = JSON.stringify({
  type: 'notification.created', data: { _id: 'n1', userId: 'u1', type: 'appointmentCancellation' },
});

describe('EventSocket', () => {
  let sockets: FakeSocket[];
  let tickets: number;
  let options: EventSocketOptions;
  const onEvent = vi.fn<(frame: EventFrame) => void>();
  const onConnected = vi.fn<() => void>();
  const onSessionEnded = vi.fn<() => void>();
  const onDisconnected = vi.fn<() => void>();

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    tickets = 0;
    vi.clearAllMocks();
    options = {
      fetchTicket: async () => `ticket ${++tickets}`,
      onEvent,
      onConnected,
      onSessionEnded,
      onDisconnected,
      openSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket as unknown as WebSocket;
      },
      location: { protocol: 'https:', host: 'medimeet.example' },
      random: () => 1,
    };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const latest = () => sockets[sockets.length - 1]!;

  it('opens the socket with a fresh ticket and hands on the frames it can use', async () => {
    const events = new EventSocket(options);
    events.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(latest().url).toBe('wss://medimeet.example/api/v1/events?ticket=ticket%201');
    latest().open();
    expect(onConnected).toHaveBeenCalledTimes(1);
    latest().receive(notification);
    latest().receive('{"type":"something.new","data":{}}');
    latest().receive(new ArrayBuffer(2));
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onEvent.mock.calls[0]![0]).toMatchObject({ type: 'notification.created' });
  });

  it('reconnects after a drop with a new ticket, waiting longer each time it fails again', async () => {
    const events = new EventSocket(options);
    events.start();
    await vi.advanceTimersByTimeAsync(0);
    latest().drop(1006);
    await vi.advanceTimersByTimeAsync(999);
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(2);
    expect(latest().url).toContain('ticket%202');
    latest().drop(1006);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(3);
    // Each reconnection tells the app to refetch what it shows.
    latest().open();
    expect(onConnected).toHaveBeenCalledTimes(1);
  });

  it('starts the delays afresh after a connection that stayed open', async () => {
    const events = new EventSocket(options);
    events.start();
    await vi.advanceTimersByTimeAsync(0);
    latest().drop(1006);
    await vi.advanceTimersByTimeAsync(1_000);
    latest().open();
    await vi.advanceTimersByTimeAsync(60_000);
    latest().drop(1012);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sockets).toHaveLength(3);
  });

  it('retries when no ticket could be had', async () => {
    let failures = 1;
    const events = new EventSocket({
      ...options,
      fetchTicket: async () => {
        if (failures-- > 0) throw new Error('offline');
        return 'late ticket';
      },
    });
    events.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(sockets).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(latest().url).toContain('late%20ticket');
  });

  it('stops for good when the session ended', async () => {
    const events = new EventSocket(options);
    events.start();
    await vi.advanceTimersByTimeAsync(0);
    latest().open();
    latest().drop(4001);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sockets).toHaveLength(1);
  });

  it('closes on stop and opens nothing afterwards, even for a ticket already asked for', async () => {
    const events = new EventSocket(options);
    events.start();
    await vi.advanceTimersByTimeAsync(0);
    latest().open();
    events.stop();
    expect(latest().closedWith).toBe(1000);
    latest().drop(1000);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sockets).toHaveLength(1);

    const again = new EventSocket(options);
    again.start();
    again.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sockets).toHaveLength(1);
  });
});

describe('EventSocket.send', () => {
  it('sends only on an open connection, and says when it was lost', async () => {
    const sockets: FakeSocket[] = [];
    const onDisconnected = vi.fn<() => void>();
    const events = new EventSocket({
      fetchTicket: async () => 'ticket',
      onEvent: () => undefined,
      onConnected: () => undefined,
      onSessionEnded: () => undefined,
      onDisconnected,
      openSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket as unknown as WebSocket;
      },
      location: { protocol: 'http:', host: 'localhost' },
    });
    expect(events.send('early')).toBe(false);
    events.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const socket = sockets[0]!;
    expect(events.send('before open')).toBe(false);
    socket.open();
    expect(events.send('{"type":"room.join"}')).toBe(true);
    expect(socket.sent).toEqual(['{"type":"room.join"}']);
    socket.drop(1006);
    expect(onDisconnected).toHaveBeenCalledTimes(1);
    expect(events.send('after')).toBe(false);
    events.stop();
  });
});

describe('eventSocketUrl', () => {
  it('follows the page: ws on http, wss on https, the ticket encoded', () => {
    expect(eventSocketUrl('a+b/c=', { protocol: 'http:', host: '127.0.0.1:8080' }))
      .toBe('ws://127.0.0.1:8080/api/v1/events?ticket=a%2Bb%2Fc%3D');
    expect(eventSocketUrl('t', { protocol: 'https:', host: 'medimeet.fr' })).toBe('wss://medimeet.fr/api/v1/events?ticket=t');
  });
});
