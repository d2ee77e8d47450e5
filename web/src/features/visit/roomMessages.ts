// The frames a room page sends on the event socket (docs/api/openapi.yaml, ClientFrame): each names
// its room, and the call's signalling carries what WebRTC gives, in the shape the server relays.
import type { ClientFrame } from '@/api/events';
import type { components } from '@/api/schema';

type IceCandidateJson = components['schemas']['IceCandidate'];

/** RTCIceCandidate.toJSON(), with only the fields the socket carries. */
export function iceCandidateJson(candidate: Pick<RTCIceCandidate, 'candidate' | 'sdpMid' | 'sdpMLineIndex' | 'usernameFragment'>):
IceCandidateJson {
  return {
    candidate: candidate.candidate,
    sdpMid: candidate.sdpMid ?? null,
    sdpMLineIndex: candidate.sdpMLineIndex ?? null,
    usernameFragment: candidate.usernameFragment ?? null,
  };
}

/** The messages of the room `teleconsultationId`. */
export function roomMessages(teleconsultationId: string) {
  const room = { teleconsultationId };
  return {
    join: (): ClientFrame => ({ type: 'room.join', data: room }),
    admit: (): ClientFrame => ({ type: 'room.admit', data: room }),
    leave: (): ClientFrame => ({ type: 'room.leave', data: room }),
    offer: (sdp: string): ClientFrame => ({ type: 'rtc.offer', data: { ...room, sdp } }),
    answer: (sdp: string): ClientFrame => ({ type: 'rtc.answer', data: { ...room, sdp } }),
    /** A candidate, or null once gathering is over. */
    ice: (candidate: Parameters<typeof iceCandidateJson>[0] | null): ClientFrame => ({
      type: 'rtc.ice', data: { ...room, candidate: candidate && iceCandidateJson(candidate) },
    }),
  };
}

export type RoomMessages = ReturnType<typeof roomMessages>;
