import { describe, expect, it } from 'vitest';
import type { ClientFrame, EventData, EventFrame } from '@/api/events';
import { RoomSession } from './RoomSession';

const room = '6750b2c3d4e5f60123456790';
const other = '6740a1b2c3d4e5f601234567';

/** Stands in for RTCPeerConnection: records what the session does with it. */
class FakePeer {
  remoteDescription: RTCSessionDescriptionInit | null = null;
  localDescription: RTCSessionDescriptionInit | null = null;
  signalingState: RTCSignalingState = 'stable';
  connectionState: RTCPeerConnectionState = 'new';
  tracks: string[] = [];
  transceivers: string[] = [];
  candidates: RTCIceCandidateInit[] = [];
  closed = false;
  onicecandidate: ((event: { candidate: RTCIceCandidateInit | null }) => void) | null = null;
  ontrack: ((event: unknown) => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;
  addTrack(track: MediaStreamTrack) {
    this.tracks.push(track.kind);
  }
  addTransceiver(kind: string) {
    this.transceivers.push(kind);
  }
  async createOffer() {
    return { type: 'offer' as const, sdp: 'offer sdp' };
  }
  async createAnswer() {
    return { type: 'answer' as const, sdp: 'answer sdp' };
  }
  async setLocalDescription(description: RTCSessionDescriptionInit) {
    this.localDescription = description;
    this.signalingState = description.type === 'offer' ? 'have-local-offer' : 'stable';
  }
  async setRemoteDescription(description: RTCSessionDescriptionInit) {
    this.remoteDescription = description;
    this.signalingState = description.type === 'offer' ? 'have-remote-offer' : 'stable';
  }
  async addIceCandidate(candidate: RTCIceCandidateInit) {
    this.candidates.push(candidate);
  }
  close() {
    this.closed = true;
  }
}

const track = (kind: string) => ({ kind }) as MediaStreamTrack;

function setUp({ connected = true, tracks = ['audio', 'video'] } = {}) {
  const sent: ClientFrame[] = [];
  const peers: FakePeer[] = [];
  const socket = { open: connected, send: (frame: ClientFrame) => socket.open && sent.push(frame) > 0,
                   isConnected: () => socket.open };
  const session = new RoomSession({
    teleconsultationId: room,
    socket,
    localStream: { getTracks: () => tracks.map(track) } as unknown as MediaStream,
    createPeer: () => {
      const peer = new FakePeer();
      peers.push(peer);
      return peer as unknown as RTCPeerConnection;
    },
  });
  const receive = (type: EventFrame['type'], data: Record<string, unknown>) =>
    session.handle({ type, data: { teleconsultationId: room, ...data } } as EventFrame);
  const joined = (data: Partial<EventData<'room.joined'>>) => receive('room.joined', {
    socketId: 'tab-1', role: 'patient', admitted: false, peerPresent: false, patientWaiting: false, ...data,
  });
  const types = () => sent.map((frame) => frame.type);
  return { session, sent, peers, socket, receive, joined, types };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a doctor’s room session', () => {
  it('admits the waiting patient, then offers the call with its camera and microphone', async () => {
    const { session, sent, peers, receive, joined, types } = setUp();
    session.join();
    joined({ role: 'doctor', patientWaiting: true, peerPresent: true });
    expect(session.getSnapshot().room).toMatchObject({ phase: 'alone', patientWaiting: true });
    session.admit();
    expect(types()).toEqual(['room.join', 'room.admit']);
    receive('room.admit', {});
    await settle();
    expect(peers).toHaveLength(1);
    expect(peers[0]!.tracks).toEqual(['audio', 'video']);
    expect(sent[2]).toEqual({ type: 'rtc.offer', data: { teleconsultationId: room, sdp: 'offer sdp' } });

    // A candidate of the patient's that overtook their answer waits for it.
    receive('rtc.ice', { from: other, to: 'tab-1', candidate: { candidate: 'candidate:1', sdpMid: '0', sdpMLineIndex: 0 } });
    receive('rtc.answer', { from: other, to: 'tab-1', sdp: 'answer sdp' });
    await settle();
    expect(peers[0]!.remoteDescription).toEqual({ type: 'answer', sdp: 'answer sdp' });
    expect(peers[0]!.candidates).toEqual([{ candidate: 'candidate:1', sdpMid: '0', sdpMLineIndex: 0 }]);

    peers[0]!.onicecandidate?.({ candidate: { candidate: 'candidate:2', sdpMid: '0', sdpMLineIndex: 0 } });
    expect(sent.at(-1)).toMatchObject({ type: 'rtc.ice', data: { candidate: { candidate: 'candidate:2' } } });
    peers[0]!.connectionState = 'connected';
    peers[0]!.onconnectionstatechange?.();
    expect(session.getSnapshot().connection).toBe('connected');
  });

  it('asks for the patient’s video even without a camera of its own', async () => {
    const { session, peers, joined } = setUp({ tracks: ['audio'] });
    session.join();
    joined({ role: 'doctor', admitted: true, peerPresent: true });
    await settle();
    expect(peers[0]!.tracks).toEqual(['audio']);
    expect(peers[0]!.transceivers).toEqual(['video']);
  });

  it('closes the call when the patient leaves, and calls again when they come back', async () => {
    const { session, peers, receive, joined, types } = setUp();
    session.join();
    joined({ role: 'doctor', admitted: true, peerPresent: true });
    await settle();
    receive('room.leave', { userId: other, role: 'patient' });
    expect(peers[0]!.closed).toBe(true);
    expect(session.getSnapshot()).toMatchObject({ connection: null, room: { phase: 'alone' } });
    receive('room.join', { userId: other, role: 'patient' });
    await settle();
    expect(peers).toHaveLength(2);
    expect(types().filter((type) => type === 'rtc.offer')).toHaveLength(2);
  });
});

describe('a patient’s room session', () => {
  it('waits, then answers the doctor’s offer with its camera and microphone', async () => {
    const { session, sent, peers, receive, joined } = setUp();
    session.join();
    joined({ peerPresent: true });
    expect(session.getSnapshot().room.phase).toBe('waiting');
    expect(peers).toHaveLength(0);
    receive('room.admit', {});
    expect(peers).toHaveLength(1);
    receive('rtc.offer', { from: other, to: 'tab-1', sdp: 'offer sdp' });
    receive('rtc.ice', { from: other, to: 'tab-1', candidate: { candidate: 'candidate:1', sdpMid: '0', sdpMLineIndex: 0 } });
    receive('rtc.ice', { from: other, to: 'tab-1', candidate: null });
    await settle();
    const [peer] = peers;
    expect(peer!.remoteDescription).toEqual({ type: 'offer', sdp: 'offer sdp' });
    expect(peer!.tracks).toEqual(['audio', 'video']);
    expect(sent.at(-1)).toEqual({ type: 'rtc.answer', data: { teleconsultationId: room, sdp: 'answer sdp' } });
    expect(peer!.candidates).toEqual([{ candidate: 'candidate:1', sdpMid: '0', sdpMLineIndex: 0 }]);
    // Its end of gathering goes to the doctor as null.
    peer!.onicecandidate?.({ candidate: null });
    expect(sent.at(-1)).toEqual({ type: 'rtc.ice', data: { teleconsultationId: room, candidate: null } });
  });

  it('ignores the signalling meant for another tab of its user', async () => {
    const { session, sent, peers, receive, joined } = setUp();
    session.join();
    joined({ admitted: true, peerPresent: true });
    receive('rtc.offer', { from: other, to: 'tab-2', sdp: 'offer sdp' });
    receive('rtc.ice', { from: other, to: 'tab-2', candidate: { candidate: 'candidate:1', sdpMid: '0', sdpMLineIndex: 0 } });
    await settle();
    expect(peers[0]!.remoteDescription).toBeNull();
    expect(peers[0]!.candidates).toEqual([]);
    expect(sent.map((frame) => frame.type)).toEqual(['room.join']);
    receive('rtc.offer', { from: other, to: 'tab-1', sdp: 'offer sdp' });
    await settle();
    expect(peers[0]!.remoteDescription).toEqual({ type: 'offer', sdp: 'offer sdp' });
  });

  it('leaves the call when the room was opened in another tab, without telling the room', () => {
    const { session, peers, receive, joined, types } = setUp();
    session.join();
    joined({ admitted: true, peerPresent: true });
    receive('room.replaced', { socketId: 'tab-1' });
    expect(session.getSnapshot().room.phase).toBe('replaced');
    expect(peers[0]!.closed).toBe(true);
    session.dispose();
    expect(types()).toEqual(['room.join']);
  });
});

describe('any room session', () => {
  it('ignores the frames of other rooms', () => {
    const { session } = setUp();
    session.join();
    session.handle({ type: 'room.refused', data: { teleconsultationId: other, reason: 'not_found' } });
    expect(session.getSnapshot().room.phase).toBe('joining');
  });

  it('joins once the socket connects, and again after it dropped', () => {
    const { session, socket, joined, types } = setUp({ connected: false });
    session.join();
    expect(types()).toEqual([]);
    expect(session.getSnapshot().online).toBe(false);
    socket.open = true;
    session.connected();
    expect(types()).toEqual(['room.join']);
    joined({ admitted: true });
    socket.open = false;
    session.disconnected();
    expect(session.getSnapshot()).toMatchObject({ online: false, room: { phase: 'joining' } });
    socket.open = true;
    session.connected();
    expect(types()).toEqual(['room.join', 'room.join']);
  });

  it('joins again when the server says it is not in the room', () => {
    const { session, receive, joined, types } = setUp();
    session.join();
    joined({ admitted: true });
    receive('room.refused', { reason: 'not_joined' });
    expect(types()).toEqual(['room.join', 'room.join']);
  });

  it('says it leaves when the user leaves or the page closes', () => {
    const { session, joined, types } = setUp();
    session.join();
    joined({ admitted: true });
    session.leave();
    expect(session.getSnapshot().room.phase).toBe('left');
    session.dispose();
    expect(types()).toEqual(['room.join', 'room.leave']);

    const other = setUp();
    other.session.join();
    other.joined({ admitted: true });
    other.session.dispose();
    expect(other.types()).toEqual(['room.join', 'room.leave']);
  });
});
