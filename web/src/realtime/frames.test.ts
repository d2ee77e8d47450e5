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

describe('parseEventFrame on a video room’s frames', () => {
  const room = '6750b2c3d4e5f60123456790';
  const user = '6740a1b2c3d4e5f601234567';

  it('reads them', () => {
    const joined = { teleconsultationId: room, socketId: 's1', role: 'patient', admitted: false, peerPresent: true,
                     patientWaiting: true };
    expect(parseEventFrame(frame('room.joined', joined))).toEqual({ type: 'room.joined', data: joined });
    expect(parseEventFrame(frame('room.refused', { teleconsultationId: room, reason: 'too_early',
                                                   opensAt: '2026-12-01T07:45:00.000Z' }))?.type).toBe('room.refused');
    expect(parseEventFrame(frame('room.waiting', { teleconsultationId: room, patient: { _id: user, name: 'Camille' } }))
      ?.type).toBe('room.waiting');
    expect(parseEventFrame(frame('room.leave', { teleconsultationId: room, userId: user, role: 'doctor' }))?.type)
      .toBe('room.leave');
    expect(parseEventFrame(frame('rtc.ice', { teleconsultationId: room, from: user, to: 's1', candidate: null }))?.type)
      .toBe('rtc.ice');
    expect(parseEventFrame(frame('rtc.ice', { teleconsultationId: room, from: user, to: 's1',
                                              candidate: { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host',
                                                           sdpMid: '0', sdpMLineIndex: 0 } }))?.type).toBe('rtc.ice');
    expect(parseEventFrame(frame('error', { code: 'malformed_message' }))?.type).toBe('error');
    expect(parseEventFrame(frame('teleconsultation.updated', { teleconsultationId: room }))?.type)
      .toBe('teleconsultation.updated');
  });

  it('drops them when what the room relies on is missing', () => {
    expect(parseEventFrame(frame('room.joined', { teleconsultationId: room, socketId: 's1', role: 'nurse',
                                                  admitted: true, peerPresent: true, patientWaiting: false }))).toBeNull();
    expect(parseEventFrame(frame('room.waiting', { teleconsultationId: room, patient: 'Camille' }))).toBeNull();
    expect(parseEventFrame(frame('rtc.offer', { teleconsultationId: room, from: user, to: 's1' }))).toBeNull();
    // Relayed signalling without the tab it is for.
    expect(parseEventFrame(frame('rtc.offer', { teleconsultationId: room, from: user, sdp: 'v=0' }))).toBeNull();
    expect(parseEventFrame(frame('teleconsultation.updated', {}))).toBeNull();
    expect(parseEventFrame(frame('rtc.ice', { teleconsultationId: room, from: user, candidate: 'x' }))).toBeNull();
  });
});
