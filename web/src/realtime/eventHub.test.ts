import { describe, expect, it, vi } from 'vitest';
import type { EventFrame } from '@/api/events';
import { createEventHub } from './eventHub';

const receipt = { readerId: 'r', senderId: 's', readAt: '2026-12-01T09:31:00.000Z', messageIds: ['m'] };

describe('the event hub', () => {
  it('hands each frame’s data to the subscribers of its type only, until they leave', () => {
    const hub = createEventHub();
    const onRead = vi.fn();
    const onNotification = vi.fn();
    const leave = hub.on('message.read', onRead);
    hub.on('notification.created', onNotification);
    hub.emit({ type: 'message.read', data: receipt } as EventFrame);
    expect(onRead).toHaveBeenCalledWith(receipt);
    expect(onNotification).not.toHaveBeenCalled();
    leave();
    hub.emit({ type: 'message.read', data: receipt } as EventFrame);
    expect(onRead).toHaveBeenCalledTimes(1);
  });

  it('reaches every subscriber even when one leaves on the way', () => {
    const hub = createEventHub();
    const second = vi.fn();
    const leaveFirst = hub.on('message.read', () => leaveFirst());
    hub.on('message.read', second);
    hub.emit({ type: 'message.read', data: receipt } as EventFrame);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('tells its connection subscribers of each (re)connection', () => {
    const hub = createEventHub();
    const connected = vi.fn();
    const leave = hub.onConnected(connected);
    hub.connected();
    hub.connected();
    leave();
    hub.connected();
    expect(connected).toHaveBeenCalledTimes(2);
  });
});

describe('sending on the event hub', () => {
  const join = { type: 'room.join', data: { teleconsultationId: '6750b2c3d4e5f60123456790' } } as const;

  it('sends a frame as JSON only while the socket is open', () => {
    const hub = createEventHub();
    const sent: string[] = [];
    hub.attach((text) => {
      sent.push(text);
      return true;
    });
    expect(hub.send(join)).toBe(false);
    hub.connected();
    expect(hub.isConnected()).toBe(true);
    expect(hub.send(join)).toBe(true);
    expect(JSON.parse(sent[0]!)).toEqual(join);
    hub.disconnected();
    expect(hub.send(join)).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it('tells its subscribers when an open connection is lost, once', () => {
    const hub = createEventHub();
    const lost = vi.fn();
    hub.onDisconnected(lost);
    hub.disconnected();
    hub.connected();
    hub.disconnected();
    hub.disconnected();
    expect(lost).toHaveBeenCalledTimes(1);
  });
});
