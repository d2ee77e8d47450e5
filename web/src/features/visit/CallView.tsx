import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EventFrame, EventType } from '@/api/events';
import type { IceServers } from '@/api/teleconsultations';
import { appointmentsApi } from '@/api/appointments';
import { careKeys } from '@/features/care/queryKeys';
import { doctorName } from '@/features/care/doctorName';
import { useEventHub } from '@/realtime/LiveEvents';
import type { MediaKind } from './media';
import { RoomSession, type RoomSnapshot } from './RoomSession';
import type { RefusalReason, RoomState } from './roomState';

/** Why this tab is out of the call. */
export type CallEnd = { kind: 'left' } | { kind: 'replaced' } | { kind: 'refused'; reason: RefusalReason };

/** The frames of the event socket a room listens to. */
const roomFrames: EventType[] = [
  'room.joined', 'room.refused', 'room.waiting', 'room.admit', 'room.join', 'room.leave', 'room.replaced',
  'rtc.offer', 'rtc.answer', 'rtc.ice',
];

interface CallViewProps {
  teleconsultationId: string;
  /** Its appointment, which names the other party. */
  appointmentId: string;
  /** This side's camera and microphone; null when joining without them. */
  stream: MediaStream | null;
  missing: MediaKind[];
  iceServers: IceServers['iceServers'];
  /** Through TURN only (`iceTransportPolicy: relay`). */
  relayOnly: boolean;
  onEnded: (end: CallEnd) => void;
}

/** The room's session for as long as the view is shown: it joins at once and leaves when it closes. */
function useRoomSession({ teleconsultationId, stream, iceServers, relayOnly }: CallViewProps) {
  const hub = useEventHub();
  const [session, setSession] = useState<RoomSession | null>(null);
  useEffect(() => {
    const created = new RoomSession({
      teleconsultationId,
      socket: hub,
      localStream: stream,
      createPeer: () => new RTCPeerConnection({ iceServers, iceTransportPolicy: relayOnly ? 'relay' : 'all' }),
      onError: (error) => console.warn('video call signalling', error),
    });
    const leaves = [
      ...roomFrames.map((type) => hub.on(type, (data) => created.handle({ type, data } as EventFrame))),
      hub.onConnected(() => created.connected()),
      hub.onDisconnected(() => created.disconnected()),
    ];
    setSession(created);
    created.join();
    return () => {
      leaves.forEach((leave) => leave());
      created.dispose();
    };
  }, [hub, teleconsultationId, stream, iceServers, relayOnly]);
  return session;
}

const noSession: RoomSnapshot = {
  room: { phase: 'joining', role: null, socketId: null, admitted: false, peerPresent: false, patientWaiting: false,
          refusal: null, call: 0 },
  connection: null, remoteStream: null, online: false,
};
const noSubscription = () => () => undefined;

/** The call: both videos, where it stands in words, the doctor's admission of the patient, and its controls. */
export function CallView(props: CallViewProps) {
  const { t } = useTranslation('visit');
  const { stream, missing, onEnded } = props;
  const session = useRoomSession(props);
  const snapshot = useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getSnapshot ?? (() => noSession));
  const { room } = snapshot;
  const counterpart = useCounterpartName(props.appointmentId, room.role);

  useEffect(() => {
    if (room.phase === 'left' || room.phase === 'replaced') onEnded({ kind: room.phase });
    if (room.phase === 'refused' && room.refusal) onEnded({ kind: 'refused', reason: room.refusal.reason });
  }, [room.phase, room.refusal, onEnded]);

  const [muted, setMuted] = useState(false);
  const [cameraOff, setCameraOff] = useState(false);
  const toggle = (kind: MediaKind, off: boolean) => stream?.getTracks()
    .filter((track) => track.kind === kind).forEach((track) => { track.enabled = !off; });

  return (
    <section className="visit-call" aria-label={t('title')}>
      <p className="visit-status" role="status">{statusText(snapshot, t)}</p>
      {room.role === 'doctor' && room.patientWaiting && room.phase !== 'call' && (
        <div className="alert alert-info visit-waiting">
          <p>{counterpart ? t('waiting.patient', { name: counterpart }) : t('waiting.anonymous')}</p>
          <button type="button" className="button" onClick={() => session?.admit()}>{t('waiting.admit')}</button>
        </div>
      )}
      {room.refusal && room.phase !== 'refused' && (
        <p className="alert alert-warning" role="alert">
          {t(`refused.${room.refusal.reason}`, { defaultValue: t('refused.unknown', { reason: room.refusal.reason }) })}
        </p>
      )}
      {missing.length > 0 && (
        <p className="alert alert-warning">
          {t(missing.length === 2 ? 'media.none' : missing[0] === 'video' ? 'media.missingVideo' : 'media.missingAudio')}
        </p>
      )}
      <div className="visit-stage">
        <RemoteVideo stream={snapshot.remoteStream}
                     label={counterpart ? t('video.remote', { name: counterpart }) : t('video.remoteAnonymous')} />
        {stream && !missing.includes('video') && (
          <figure className="visit-self">
            <Video stream={stream} muted />
            <figcaption className="visit-caption">{t('video.self')}</figcaption>
            {cameraOff && <p className="visit-self-off">{t('video.cameraOff')}</p>}
          </figure>
        )}
      </div>
      <div className="visit-controls" role="group" aria-label={t('controls.label')}>
        {stream && !missing.includes('audio') && (
          <button type="button" className="button button-secondary" onClick={() => {
            toggle('audio', !muted);
            setMuted(!muted);
          }}>
            {t(muted ? 'controls.unmute' : 'controls.mute')}
          </button>
        )}
        {stream && !missing.includes('video') && (
          <button type="button" className="button button-secondary" onClick={() => {
            toggle('video', !cameraOff);
            setCameraOff(!cameraOff);
          }}>
            {t(cameraOff ? 'controls.cameraOn' : 'controls.cameraOff')}
          </button>
        )}
        <button type="button" className="button button-danger" onClick={() => session?.leave()}>
          {t('controls.leave')}
        </button>
      </div>
    </section>
  );
}

/** Where the call stands, in words: the room's phase, then the connection's state once both are in. */
export function statusText({ room, connection, online }: RoomSnapshot, t: TFunction): string {
  switch (room.phase) {
    case 'joining': return online ? t('status.joining') : t('status.offline');
    case 'waiting': return t('status.waiting');
    case 'alone':
      if (room.role === 'doctor') return t(room.patientWaiting ? 'status.patientWaiting' : 'status.aloneDoctor');
      return t('status.alonePatient');
    case 'call': return t(`connection.${connection ?? 'new'}`);
    case 'refused': return room.refusal ? t(`refused.${room.refusal.reason}`) : '';
    case 'replaced': return t('status.replaced');
    case 'left': return t('status.left');
  }
}

/** The other party's name, from the appointment (null until it is known). */
function useCounterpartName(appointmentId: string, role: RoomState['role']): string | null {
  const appointment = useQuery({
    queryKey: careKeys.appointment(appointmentId),
    queryFn: ({ signal }) => appointmentsApi.get(appointmentId, signal),
  }).data;
  if (!appointment || !role) return null;
  return role === 'doctor' ? appointment.patientName : doctorName(appointment.doctorName, appointment.doctorTitle);
}

/** A stream in a video element, played as soon as it is set. */
function Video({ stream, muted = false, onBlocked }: { stream: MediaStream | null; muted?: boolean;
                                                       onBlocked?: (blocked: boolean) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = video.current;
    if (!element) return;
    element.srcObject = stream;
    if (!stream) return;
    element.play().then(() => onBlocked?.(false), (error: unknown) => {
      // The browser wants a gesture before playing sound (a page opened straight from a link).
      if (error instanceof DOMException && error.name === 'NotAllowedError') onBlocked?.(true);
    });
  }, [stream, onBlocked]);
  return <video ref={video} muted={muted} playsInline />;
}

function RemoteVideo({ stream, label }: { stream: MediaStream | null; label: string }) {
  const { t } = useTranslation('visit');
  const captionId = useId();
  const [blocked, setBlocked] = useState(false);
  const container = useRef<HTMLElement>(null);
  return (
    <figure ref={container} className="visit-remote" aria-labelledby={captionId}>
      <Video stream={stream} onBlocked={setBlocked} />
      <figcaption id={captionId} className="visit-caption">{label}</figcaption>
      {!stream && <p className="visit-remote-empty">{t('video.noRemote')}</p>}
      {stream && blocked && (
        <button type="button" className="button visit-play" onClick={() => {
          void container.current?.querySelector('video')?.play().then(() => setBlocked(false), () => undefined);
        }}>
          {t('video.playSound')}
        </button>
      )}
    </figure>
  );
}
