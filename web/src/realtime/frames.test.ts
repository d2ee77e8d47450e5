import { describe, expect, it } from 'vitest';
import { parseEventFrame } from './frames';

const message = {
  _id: '6740a1b2c3d4e5f601234567', senderId: '6740a1b2c3d4e5f601234568', receiverId: '6740a1b2c3d4e5f601234569',
  content: 'Bonjour', timestamp: '2026-12-01T09:30:00.000Z', read: false, readAt: null,
  createdAt: '2026-12-01T09:30:00.000Z', updatedAt: '2026-12-01T09:30:00.000Z',
};
const frame = (type: string, data: unknown) => JSON.stringify({ type, data });

describe('parseEventFrame', () => {
  it('reads each type the app knows', () => {
    expect(parseEventFrame(frame('message.created', message))).toEqual({ type: 'message.created', data: message });
    const receipt = { readerId: message.receiverId, senderId: message.senderId, readAt: '2026-12-01T09:31:00.000Z',
                      messageIds: [message._id] };
    expect(parseEventFrame(frame('message.read', receipt))?.type).toBe('message.read');
    expect(parseEventFrame(frame('notification.created',
                                 { _id: message._id, userId: message.receiverId, type: 'appointmentCancellation' }))?.type)
      .toBe('notification.created');
    expect(parseEventFrame(frame('appointment.updated',
                                 { _id: message._id, patientId: message.senderId, doctorId: message.receiverId,
                                   status: 'canceled', appointmentDate: '2026-12-02T09:00:00.000Z' }))?.type)
      .toBe('appointment.updated');
  });

  it('drops types it does not know, including inherited names', () => {
    expect(parseEventFrame(frame('review.created', { _id: 'x' }))).toBeNull();
    expect(parseEventFrame(frame('toString', {}))).toBeNull();
    expect(parseEventFrame(frame('__proto__', {}))).toBeNull();
  });

  it('drops what is not a frame', () => {
    expect(parseEventFrame('not json')).toBeNull();
    expect(parseEventFrame('null')).toBeNull();
    expect(parseEventFrame('["message.created", {}]')).toBeNull();
    expect(parseEventFrame(JSON.stringify({ type: 'message.created' }))).toBeNull();
    expect(parseEventFrame(frame('message.created', [message]))).toBeNull();
  });

  it('drops a frame whose data lacks what the app relies on', () => {
    const { content: _content, ...withoutContent } = message;
    expect(parseEventFrame(frame('message.created', withoutContent))).toBeNull();
    expect(parseEventFrame(frame('message.created', { ...message, read: 'no' }))).toBeNull();
    expect(parseEventFrame(frame('message.read', { readerId: 'a', senderId: 'b', readAt: 'c', messageIds: [1] })))
      .toBeNull();
  });
});
