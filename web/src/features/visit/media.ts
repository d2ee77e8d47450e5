// The camera and microphone for a call: both when there are both, one when the other is missing,
// and what went wrong in words a person can act on when neither can be had.

/** Why the camera and microphone could not be used. */
export type MediaProblem =
  /** The user or the browser's settings refused them. */
  | 'denied'
  /** There is no camera or microphone. */
  | 'notFound'
  /** Another program holds them, or the system would not start them. */
  | 'inUse'
  /** The browser offers no media here (an old browser, or a page not served over HTTPS). */
  | 'unsupported'
  | 'other';

export type MediaKind = 'audio' | 'video';

export interface LocalMedia {
  stream: MediaStream;
  /** What the device lacks: the call goes on with the rest. */
  missing: MediaKind[];
}

export class MediaError extends Error {
  constructor(readonly problem: MediaProblem) {
    super(`camera and microphone: ${problem}`);
    this.name = 'MediaError';
  }
}

/** The problem a getUserMedia failure stands for, by its DOMException name. */
export function mediaProblem(error: unknown): MediaProblem {
  if (error instanceof MediaError) return error.problem;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'notFound';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'inUse';
    default:
      return 'other';
  }
}

type GetUserMedia = (constraints: MediaStreamConstraints) => Promise<MediaStream>;

const video: MediaTrackConstraints = { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: 'user' };

/**
 * The camera and the microphone; when one is missing or busy, the other alone. A refusal is final
 * (asking again for less would only ask the user again); with neither, why (`inUse` over
 * `notFound`).
 */
export async function openLocalMedia(getUserMedia: GetUserMedia | undefined = browserGetUserMedia()): Promise<LocalMedia> {
  if (!getUserMedia) throw new MediaError('unsupported');
  const attempts: Array<[MediaStreamConstraints, MediaKind[]]> = [
    [{ audio: true, video }, []],
    [{ audio: true }, ['video']],
    [{ video }, ['audio']],
  ];
  let worst: MediaProblem = 'notFound';
  for (const [constraints, missing] of attempts) {
    try {
      return { stream: await getUserMedia(constraints), missing };
    } catch (error) {
      const problem = mediaProblem(error);
      if (problem !== 'notFound' && problem !== 'inUse') throw new MediaError(problem);
      if (problem === 'inUse') worst = problem;
    }
  }
  throw new MediaError(worst);
}

function browserGetUserMedia(): GetUserMedia | undefined {
  const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  return devices?.getUserMedia ? (constraints) => devices.getUserMedia(constraints) : undefined;
}

/** Releases the camera and microphone (their lights go off). */
export function stopMedia(stream: MediaStream | null | undefined): void {
  stream?.getTracks().forEach((track) => track.stop());
}
