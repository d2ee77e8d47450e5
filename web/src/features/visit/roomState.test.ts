import { describe, expect, it } from 'vitest';
import type { EventData } from '@/api/events';
import {
  endsCall, initialRoomState, isInRoom, roomReducer, startsCall, type RoomEvent, type RoomState,
} from './roomState';

const room = '6750b2c3d4e5f60123456790';
const joined = (data: Partial<EventData<'room.joined'>>): RoomEvent => ({
  type: 'joined',
  data: { teleconsultationId: room, socketId: 'tab-1', role: 'patient', admitted: false, peerPresent: false,
          patientWaiting: false, ...data },
});
const refused = (reason: EventData<'room.refused'>['reason'], opensAt?: string): RoomEvent =>
  ({ type: 'refused', data: { teleconsultationId: room, reason, ...(opensAt ? { opensAt } : {}) } });

/** The state after each event in turn, from a tab that has just sent room.join. */
const after = (...events: RoomEvent[]): RoomState =>
  events.reduce(roomReducer, roomReducer(initialRoomState, { type: 'join' }));

describe('the room, for the patient', () => {
  it('waits in the waiting room until the doctor admits them, then the call starts', () => {
    const waiting = after(joined({ peerPresent: true }));
    expect(waiting.phase).toBe('waiting');
    expect(isInRoom(waiting)).toBe(true);
    const admitted = roomReducer(waiting, { type: 'admitted' });
    expect(admitted).toMatchObject({ phase: 'call', admitted: true, peerPresent: true, call: 1 });
    expect(startsCall(waiting, admitted)).toBe(true);
  });

  it('stays in the waiting room when the doctor arrives without admitting them', () => {
    const state = after(joined({}), { type: 'peerJoined', role: 'doctor' });
    expect(state).toMatchObject({ phase: 'waiting', peerPresent: true, call: 0 });
  });

  it('is in at once when already admitted, and waits for the doctor when the doctor is away', () => {
    expect(after(joined({ admitted: true, peerPresent: true }))).toMatchObject({ phase: 'call', call: 1 });
    const alone = after(joined({ admitted: true }));
    expect(alone.phase).toBe('alone');
    expect(roomReducer(alone, { type: 'peerJoined', role: 'doctor' })).toMatchObject({ phase: 'call', call: 1 });
  });

  it('ends the call when the doctor leaves, and starts a new one when they come back', () => {
    const call = after(joined({ admitted: true, peerPresent: true }));
    const alone = roomReducer(call, { type: 'peerLeft' });
    expect(alone).toMatchObject({ phase: 'alone', peerPresent: false });
    expect(endsCall(call, alone)).toBe(true);
    const again = roomReducer(alone, { type: 'peerJoined', role: 'doctor' });
    expect(again.call).toBe(2);
    expect(startsCall(alone, again)).toBe(true);
  });

  it('goes back to the waiting room when the server says they are not admitted', () => {
    const state = after(joined({ admitted: true }), refused('not_admitted'));
    expect(state).toMatchObject({ phase: 'waiting', admitted: false, refusal: null });
  });

  it('hears room.waiting about itself as the waiting room', () => {
    expect(after({ type: 'waiting' }).phase).toBe('waiting');
  });
});

describe('the room, for the doctor', () => {
  const doctor = (data: Partial<EventData<'room.joined'>> = {}) => joined({ role: 'doctor', ...data });

  it('sees the patient waiting and starts the call on admitting them', () => {
    const alone = after(doctor());
    expect(alone).toMatchObject({ phase: 'alone', role: 'doctor', patientWaiting: false });
    const waiting = roomReducer(alone, { type: 'waiting' });
    expect(waiting).toMatchObject({ phase: 'alone', patientWaiting: true });
    const call = roomReducer(waiting, { type: 'admitted' });
    expect(call).toMatchObject({ phase: 'call', patientWaiting: false, admitted: true, call: 1 });
  });

  it('knows of a patient already waiting when it joins, and does not call them before admitting them', () => {
    const waiting = after(doctor({ patientWaiting: true, peerPresent: true }));
    expect(waiting).toMatchObject({ phase: 'alone', patientWaiting: true, admitted: false, call: 0 });
    expect(roomReducer(waiting, { type: 'admitted' })).toMatchObject({ phase: 'call', call: 1 });
  });

  it('does not call a patient admitted before who is not in the room', () => {
    expect(after(doctor({ admitted: true }))).toMatchObject({ phase: 'alone', admitted: true, call: 0 });
  });

  it('leaves the call when the server says the patient is not admitted', () => {
    const call = after(doctor({ admitted: true, peerPresent: true }));
    const alone = roomReducer(call, refused('not_admitted'));
    expect(alone).toMatchObject({ phase: 'alone', role: 'doctor', admitted: false });
    expect(endsCall(call, alone)).toBe(true);
  });

  it('calls at once when an admitted patient is there, or comes in', () => {
    expect(after(doctor({ admitted: true, peerPresent: true }))).toMatchObject({ phase: 'call', call: 1 });
    expect(after(doctor(), { type: 'peerJoined', role: 'patient' })).toMatchObject({ phase: 'call', call: 1 });
  });

  it('calls again when the patient comes in from another tab during the call', () => {
    const call = after(doctor({ admitted: true, peerPresent: true }));
    const again = roomReducer(call, { type: 'peerJoined', role: 'patient' });
    expect(again).toMatchObject({ phase: 'call', call: 2 });
    expect(endsCall(call, again)).toBe(true);
    expect(startsCall(call, again)).toBe(true);
  });

  it('forgets a waiting patient who left, and says when nobody is left to admit', () => {
    const waiting = after(doctor({ patientWaiting: true }));
    expect(roomReducer(waiting, { type: 'peerLeft' }).patientWaiting).toBe(false);
    const nobody = roomReducer(waiting, refused('no_patient_waiting'));
    expect(nobody).toMatchObject({ phase: 'alone', patientWaiting: false, refusal: { reason: 'no_patient_waiting' } });
  });
});

describe('the room, whoever one is', () => {
  it('is refused for good when it is not theirs, not open yet, closed or canceled', () => {
    expect(after(refused('not_found'))).toMatchObject({ phase: 'refused', refusal: { reason: 'not_found' } });
    expect(after(refused('too_early', '2026-12-01T07:45:00.000Z')).refusal)
      .toEqual({ reason: 'too_early', opensAt: '2026-12-01T07:45:00.000Z' });
    expect(after(refused('closed')).phase).toBe('refused');
    expect(after(refused('canceled')).phase).toBe('refused');
  });

  it('says when the other party is not in the room, and calls again when they come', () => {
    const call = after(joined({ role: 'doctor', admitted: true, peerPresent: true }));
    const alone = roomReducer(call, refused('peer_absent'));
    expect(alone).toMatchObject({ phase: 'alone', peerPresent: false, refusal: { reason: 'peer_absent' } });
    expect(endsCall(call, alone)).toBe(true);
    const again = roomReducer(alone, { type: 'peerJoined', role: 'patient' });
    expect(again).toMatchObject({ phase: 'call', peerPresent: true, refusal: null, call: 2 });
  });

  it('joins again when the server no longer counts it in', () => {
    const call = after(joined({ admitted: true, peerPresent: true }));
    const rejoining = roomReducer(call, refused('not_joined'));
    expect(rejoining.phase).toBe('joining');
    expect(endsCall(call, rejoining)).toBe(true);
  });

  it('leaves the call when the room was opened in another tab, not when another tab was', () => {
    const call = after(joined({ admitted: true, peerPresent: true }));
    expect(roomReducer(call, { type: 'replaced', socketId: 'tab-2' })).toBe(call);
    const replaced = roomReducer(call, { type: 'replaced', socketId: 'tab-1' });
    expect(replaced.phase).toBe('replaced');
    expect(endsCall(call, replaced)).toBe(true);
  });

  it('leaves, and is back to joining when the socket drops, keeping its count of calls', () => {
    const call = after(joined({ admitted: true, peerPresent: true }));
    expect(roomReducer(call, { type: 'leave' }).phase).toBe('left');
    const dropped = roomReducer(call, { type: 'socketLost' });
    expect(dropped).toMatchObject({ phase: 'joining', peerPresent: false });
    const back = roomReducer(roomReducer(dropped, { type: 'join' }), joined({ admitted: true, peerPresent: true }));
    expect(back.call).toBe(2);
  });

  it('ignores the other party’s comings and goings once out of the room', () => {
    const left = roomReducer(after(joined({ admitted: true })), { type: 'leave' });
    expect(roomReducer(left, { type: 'peerJoined', role: 'doctor' })).toBe(left);
    expect(roomReducer(left, { type: 'socketLost' })).toBe(left);
  });
});
