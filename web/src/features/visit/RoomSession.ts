// One tab's presence in a video room and its call: the room's frames go through roomReducer, and
// the call follows the room — a new RTCPeerConnection when both parties are in, closed when one
// leaves. The doctor's side offers, the patient's answers (docs/api/openapi.yaml, GET /api/v1/events).
// Kept free of React: the page subscribes to its snapshot.
import type { ClientFrame, EventFrame } from '@/api/events';
import { roomMessages, type RoomMessages } from './roomMessages';
import {
  endsCall, initialRoomState, isInRoom, roomReducer, startsCall, type RoomEvent, type RoomRole, type RoomState,
} from './roomState';

export interface RoomSnapshot {
  room: RoomState;
  /** The call's RTCPeerConnection.connectionState; null while there is no call. */
  connection: RTCPeerConnectionState | null;
  /** What the other party sends, once a track of theirs arrived. */
  remoteStream: MediaStream | null;
  /** The event socket is open: what this tab says reaches the room. */
  online: boolean;
}

export interface RoomSocket {
  send(frame: ClientFrame): boolean;
  isConnected(): boolean;
}

export interface RoomSessionOptions {
  teleconsultationId: string;
  socket: RoomSocket;
  /** A new RTCPeerConnection with the room's ICE servers. */
  createPeer: () => RTCPeerConnection;
  /** This side's camera and microphone; null to join without them (receive only). */
  localStream: MediaStream | null;
  /** Something went wrong in the signalling (logged: the connection state says the rest). */
  onError?: (error: unknown) => void;
}

const mediaKinds = ['audio', 'video'] as const;

export class RoomSession {
  private snapshot: RoomSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly messages: RoomMessages;
  private peer: RTCPeerConnection | null = null;
  /** Candidates that came before the remote description they belong to. */
  private pendingCandidates: RTCIceCandidateInit[] = [];
  /** The signalling steps, one after the other: a candidate is never added before its offer. */
  private signalling: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(private readonly options: RoomSessionOptions) {
    this.messages = roomMessages(options.teleconsultationId);
    this.snapshot = { room: initialRoomState, connection: null, remoteStream: null, online: options.socket.isConnected() };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getSnapshot = (): RoomSnapshot => this.snapshot;

  /** Enters the room: now if the socket is open, else as soon as it (re)connects. */
  join(): void {
    this.dispatch({ type: 'join' });
    this.options.socket.send(this.messages.join());
  }

  /** The event socket (re)connected: a tab on its way in says so again. */
  connected(): void {
    if (this.disposed) return;
    this.update({ online: true });
    if (this.snapshot.room.phase === 'joining') this.options.socket.send(this.messages.join());
  }

  /** The event socket closed: the server took this tab out of the room with it. */
  disconnected(): void {
    if (this.disposed) return;
    this.update({ online: false });
    this.dispatch({ type: 'socketLost' });
  }

  admit(): void {
    this.options.socket.send(this.messages.admit());
  }

  leave(): void {
    const { phase } = this.snapshot.room;
    if (isInRoom(this.snapshot.room) || phase === 'joining') this.options.socket.send(this.messages.leave());
    this.dispatch({ type: 'leave' });
  }

  /** Leaves the room if in it, and ends the call. */
  dispose(): void {
    if (this.disposed) return;
    if (isInRoom(this.snapshot.room) || this.snapshot.room.phase === 'joining') {
      this.options.socket.send(this.messages.leave());
    }
    this.disposed = true;
    this.closePeer();
    this.listeners.clear();
  }

  /** A frame of the event socket; those of other rooms are not this session's. */
  handle(frame: EventFrame): void {
    if (this.disposed || !('teleconsultationId' in frame.data)) return;
    if (frame.data.teleconsultationId !== this.options.teleconsultationId) return;
    // The call's signalling names the tab it is for: another tab of this user's (one replaced in
    // the room, say) ignores it.
    if ('to' in frame.data && frame.data.to !== this.snapshot.room.socketId) return;
    switch (frame.type) {
      case 'room.joined': return this.dispatch({ type: 'joined', data: frame.data });
      case 'room.refused': return this.dispatch({ type: 'refused', data: frame.data });
      case 'room.waiting': return this.dispatch({ type: 'waiting' });
      case 'room.admit': return this.dispatch({ type: 'admitted' });
      case 'room.join': return this.dispatch({ type: 'peerJoined', role: frame.data.role });
      case 'room.leave': return this.dispatch({ type: 'peerLeft' });
      case 'room.replaced': return this.dispatch({ type: 'replaced', socketId: frame.data.socketId });
      case 'rtc.offer': return this.signal(() => this.acceptOffer(frame.data.sdp));
      case 'rtc.answer': return this.signal(() => this.acceptAnswer(frame.data.sdp));
      case 'rtc.ice': return this.signal(() => this.addCandidate(frame.data.candidate));
      default: return undefined;
    }
  }

  private dispatch(event: RoomEvent): void {
    if (this.disposed) return;
    const previous = this.snapshot.room;
    const room = roomReducer(previous, event);
    if (room === previous) return;
    this.update({ room });
    if (endsCall(previous, room)) this.closePeer();
    if (startsCall(previous, room)) this.openPeer(room.role);
    // Refused as not joined (the server forgot this tab): say it again.
    if (event.type === 'refused' && room.phase === 'joining' && previous.phase !== 'joining') {
      this.options.socket.send(this.messages.join());
    }
  }

  private update(changes: Partial<RoomSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...changes };
    [...this.listeners].forEach((listener) => listener());
  }

  private signal(step: () => Promise<void>): void {
    this.signalling = this.signalling.then(step).catch((error: unknown) => this.options.onError?.(error));
  }

  private openPeer(role: RoomRole | null): RTCPeerConnection {
    this.closePeer();
    const peer = this.options.createPeer();
    this.peer = peer;
    this.pendingCandidates = [];
    peer.onicecandidate = (event) => {
      if (this.peer === peer) this.options.socket.send(this.messages.ice(event.candidate));
    };
    peer.ontrack = (event) => {
      if (this.peer !== peer) return;
      const stream = event.streams[0] ?? new MediaStream([event.track]);
      if (this.snapshot.remoteStream !== stream) this.update({ remoteStream: stream });
    };
    peer.onconnectionstatechange = () => {
      if (this.peer === peer) this.update({ connection: peer.connectionState });
    };
    this.update({ connection: peer.connectionState, remoteStream: null });
    if (role === 'doctor') {
      this.addLocalTracks(peer);
      this.signal(async () => {
        const offer = await peer.createOffer();
        if (this.peer !== peer) return;
        await peer.setLocalDescription(offer);
        this.options.socket.send(this.messages.offer(peer.localDescription?.sdp ?? offer.sdp ?? ''));
      });
    }
    return peer;
  }

  /**
   * Sends this side's camera and microphone; a kind this side lacks is still received (the offer
   * must ask for the other party's video even when this device has no camera).
   */
  private addLocalTracks(peer: RTCPeerConnection): void {
    const stream = this.options.localStream;
    for (const kind of mediaKinds) {
      const tracks = stream?.getTracks().filter((track) => track.kind === kind) ?? [];
      tracks.forEach((track) => peer.addTrack(track, stream!));
      if (tracks.length === 0 && peer.remoteDescription === null) peer.addTransceiver(kind, { direction: 'recvonly' });
    }
  }

  private closePeer(): void {
    const peer = this.peer;
    this.peer = null;
    this.pendingCandidates = [];
    if (!peer) return;
    peer.onicecandidate = null;
    peer.ontrack = null;
    peer.onconnectionstatechange = null;
    peer.close();
    if (!this.disposed) this.update({ connection: null, remoteStream: null });
  }

  /** The patient's side: the doctor's offer, answered with this side's media. */
  private async acceptOffer(sdp: string): Promise<void> {
    if (this.snapshot.room.phase !== 'call') return;
    // A new offer after one was taken is a new call from the doctor (they came back, say).
    const peer = this.peer && this.peer.remoteDescription === null ? this.peer : this.openPeer(this.snapshot.room.role);
    await peer.setRemoteDescription({ type: 'offer', sdp });
    if (this.peer !== peer) return;
    // Added after the offer, the tracks take the transceivers it created.
    this.options.localStream?.getTracks().forEach((track) => peer.addTrack(track, this.options.localStream!));
    const answer = await peer.createAnswer();
    if (this.peer !== peer) return;
    await peer.setLocalDescription(answer);
    this.options.socket.send(this.messages.answer(peer.localDescription?.sdp ?? answer.sdp ?? ''));
    await this.addPendingCandidates(peer);
  }

  /** The doctor's side: the patient's answer to the offer. */
  private async acceptAnswer(sdp: string): Promise<void> {
    const peer = this.peer;
    if (!peer || peer.signalingState !== 'have-local-offer') return;
    await peer.setRemoteDescription({ type: 'answer', sdp });
    await this.addPendingCandidates(peer);
  }

  private async addCandidate(candidate: RTCIceCandidateInit | null): Promise<void> {
    const peer = this.peer;
    // The end of the other side's gathering needs nothing from this side.
    if (!peer || candidate === null) return;
    if (peer.remoteDescription === null) {
      this.pendingCandidates.push(candidate);
      return;
    }
    await peer.addIceCandidate(candidate);
  }

  private async addPendingCandidates(peer: RTCPeerConnection): Promise<void> {
    const pending = this.pendingCandidates;
    this.pendingCandidates = [];
    for (const candidate of pending) {
      if (this.peer !== peer) return;
      await peer.addIceCandidate(candidate);
    }
  }
}
