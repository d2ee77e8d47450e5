import { describe, expect, it } from 'vitest';
import { iceCandidateJson, roomMessages } from './roomMessages';

const room = '6750b2c3d4e5f60123456790';

describe('the room’s messages', () => {
  const messages = roomMessages(room);

  it('name the room in every frame', () => {
    expect(messages.join()).toEqual({ type: 'room.join', data: { teleconsultationId: room } });
    expect(messages.admit()).toEqual({ type: 'room.admit', data: { teleconsultationId: room } });
    expect(messages.leave()).toEqual({ type: 'room.leave', data: { teleconsultationId: room } });
  });

  it('carry the session description’s sdp as it is', () => {
    const sdp = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n';
    expect(messages.offer(sdp)).toEqual({ type: 'rtc.offer', data: { teleconsultationId: room, sdp } });
    expect(messages.answer(sdp)).toEqual({ type: 'rtc.answer', data: { teleconsultationId: room, sdp } });
  });

  it('carry a candidate as RTCIceCandidateInit, and null at the end of gathering', () => {
    const candidate = { candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 54321 typ host', sdpMid: '0',
                        sdpMLineIndex: 0, usernameFragment: 'abcd' };
    expect(messages.ice(candidate)).toEqual({ type: 'rtc.ice', data: { teleconsultationId: room, candidate } });
    expect(messages.ice(null)).toEqual({ type: 'rtc.ice', data: { teleconsultationId: room, candidate: null } });
    // Sent over JSON: what the browser leaves out is null, never undefined (dropped by JSON).
    expect(iceCandidateJson({ candidate: 'c', sdpMid: null, sdpMLineIndex: null, usernameFragment: null }))
      .toEqual({ candidate: 'c', sdpMid: null, sdpMLineIndex: null, usernameFragment: null });
    expect(JSON.parse(JSON.stringify(messages.ice(candidate)))).toEqual(messages.ice(candidate));
  });
});
