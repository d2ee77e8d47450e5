// Where this tab stands in a video room, from what it did and what the server said (the room.*
// frames of the event socket): a pure reducer, so that every turn of the room can be tested alone.
// The call itself (RTCPeerConnection) follows it in RoomSession.
import type { EventData } from '@/api/events';

export type RoomRole = 'patient' | 'doctor';
export type RefusalReason = EventData<'room.refused'>['reason'];

/**
 * - joining: room.join is sent (or waits for the socket), no answer yet;
 * - waiting: a patient in the waiting room until the doctor admits them;
 * - alone: in the room, the other party is not (a doctor may have a patient waiting);
 * - call: both are in, the call is set up between the browsers;
 * - refused: the server will not let this user in (see `refusal`);
 * - replaced: the room was opened in another tab of this user;
 * - left: this tab left the room.
 */
export type RoomPhase = 'joining' | 'waiting' | 'alone' | 'call' | 'refused' | 'replaced' | 'left';

export interface Refusal {
  reason: RefusalReason;
  opensAt?: string | undefined;
}

export interface RoomState {
  phase: RoomPhase;
  /** The caller's part, once the server said it. */
  role: RoomRole | null;
  /** This tab's socket, as room.replaced names it. */
  socketId: string | null;
  /** The patient has been let in (the server says so to either party). */
  admitted: boolean;
  /** The other party is in the room. */
  peerPresent: boolean;
  /** A doctor's: the patient waits to be admitted. */
  patientWaiting: boolean;
  /** The last refusal: final in phase `refused`, a notice otherwise (like no_patient_waiting). */
  refusal: Refusal | null;
  /** Counts the calls started: each one is a new RTCPeerConnection. */
  call: number;
}

export type RoomEvent =
  | { type: 'join' }
  | { type: 'joined'; data: EventData<'room.joined'> }
  | { type: 'refused'; data: EventData<'room.refused'> }
  | { type: 'waiting' }
  | { type: 'admitted' }
  | { type: 'peerJoined'; role: RoomRole }
  | { type: 'peerLeft' }
  | { type: 'replaced'; socketId: string }
  | { type: 'leave' }
  | { type: 'socketLost' };

export const initialRoomState: RoomState = {
  phase: 'joining', role: null, socketId: null, admitted: false, peerPresent: false, patientWaiting: false,
  refusal: null, call: 0,
};

/** Refusals of the join itself: the room cannot be entered (now or ever). */
const finalRefusals = new Set<RefusalReason>(['not_found', 'too_early', 'closed', 'canceled']);

/** Whether the tab is in the room (on the server's side) or on its way in. */
export function isInRoom(state: RoomState): boolean {
  return state.phase === 'waiting' || state.phase === 'alone' || state.phase === 'call';
}

/** Both parties in: the call is on, a new one when it was not. */
function withCall(state: RoomState): RoomState {
  return state.phase === 'call' ? state : newCall(state);
}

/** A new call, even over one going on: the other party came in afresh (from another tab, say). */
function newCall(state: RoomState): RoomState {
  return { ...state, phase: 'call', call: state.call + 1 };
}

export function roomReducer(state: RoomState, event: RoomEvent): RoomState {
  switch (event.type) {
    case 'join':
      return { ...initialRoomState, call: state.call, role: state.role };
    case 'joined': {
      const { role, socketId, admitted, peerPresent, patientWaiting } = event.data;
      const next: RoomState = {
        ...state, role, socketId, admitted, peerPresent, patientWaiting: role === 'doctor' && patientWaiting,
        refusal: null, phase: 'alone',
      };
      if (role === 'patient' && !admitted) return { ...next, phase: 'waiting' };
      // Both in, the patient let in: the call is on (the doctor's side offers).
      return peerPresent && admitted ? withCall(next) : next;
    }
    case 'refused': {
      const refusal = { reason: event.data.reason, opensAt: event.data.opensAt };
      if (finalRefusals.has(refusal.reason)) return { ...state, phase: 'refused', refusal };
      // The server no longer counts this tab in (it restarted, say): the page joins again.
      if (refusal.reason === 'not_joined') return { ...state, phase: 'joining', refusal: null };
      if (refusal.reason === 'not_admitted') {
        // The patient is not let in (yet): a patient goes back to the waiting room, a doctor out of the call.
        if (state.role === 'doctor') return { ...state, admitted: false, phase: state.phase === 'call' ? 'alone' : state.phase };
        return { ...state, phase: 'waiting', admitted: false, refusal: null };
      }
      if (refusal.reason === 'peer_absent') {
        // The other party is not in the room (their room.leave may still be on its way): no call.
        const next = { ...state, peerPresent: false, refusal };
        return state.phase === 'call' ? { ...next, phase: 'alone' } : next;
      }
      if (refusal.reason === 'no_patient_waiting') return { ...state, patientWaiting: false, refusal };
      return { ...state, refusal };
    }
    case 'waiting':
      if (state.role === 'doctor') return { ...state, patientWaiting: true };
      return state.phase === 'joining' || state.phase === 'alone' ? { ...state, phase: 'waiting' } : state;
    case 'admitted': {
      if (!isInRoom(state)) return { ...state, admitted: true, patientWaiting: false };
      // The doctor admits from within the room: the patient was waiting in it, so both are in.
      return withCall({ ...state, admitted: true, patientWaiting: false, peerPresent: true, refusal: null });
    }
    case 'peerJoined': {
      // The other party entered; when already in the call, from another of their tabs (the
      // server sends no room.leave for the tab it replaced): the call starts again with it.
      if (!isInRoom(state)) return state;
      const refusal = state.refusal?.reason === 'peer_absent' ? null : state.refusal;
      if (event.role === 'patient') {
        return newCall({ ...state, peerPresent: true, admitted: true, patientWaiting: false, refusal });
      }
      const next = { ...state, peerPresent: true, refusal };
      return next.admitted ? newCall(next) : next;
    }
    case 'peerLeft': {
      const next = { ...state, peerPresent: false, patientWaiting: false };
      return state.phase === 'call' ? { ...next, phase: 'alone' } : next;
    }
    case 'replaced':
      return event.socketId === state.socketId ? { ...state, phase: 'replaced', peerPresent: false } : state;
    case 'leave':
      return { ...state, phase: 'left', peerPresent: false, patientWaiting: false };
    case 'socketLost':
      // The server dropped this tab from the room with its socket: it joins again on reconnection.
      return isInRoom(state) ? { ...state, phase: 'joining', peerPresent: false, patientWaiting: false } : state;
  }
}

/** Whether `next` starts a new call: the page opens a new RTCPeerConnection (the doctor's side offers). */
export function startsCall(previous: RoomState, next: RoomState): boolean {
  return next.phase === 'call' && next.call !== previous.call;
}

/** Whether `next` ends the call `previous` had: the page closes its RTCPeerConnection. */
export function endsCall(previous: RoomState, next: RoomState): boolean {
  return previous.phase === 'call' && (next.phase !== 'call' || next.call !== previous.call);
}
