import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import { teleconsultationsApi, type Teleconsultation } from '@/api/teleconsultations';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Loading } from '@/ui/Loading';
import { retryFor } from '@/ui/retryFor';
import { CallView, type CallEnd } from './CallView';
import { mediaProblem, openLocalMedia, stopMedia, type MediaKind, type MediaProblem } from './media';
import { visitKeys } from './queryKeys';

/** The `?relay=1` of the page's address: the call goes through TURN only (how a relay is tested). */
function useRelayOnly(): boolean {
  const [searchParams] = useSearchParams();
  return searchParams.get('relay') === '1';
}

type LocalMediaState =
  | { status: 'asking' }
  | { status: 'ready'; stream: MediaStream | null; missing: MediaKind[] }
  | { status: 'failed'; problem: MediaProblem };

/**
 * The camera and microphone while `active`, asked for again at each `attempt`, released (their
 * light off) when the call ends or the page closes.
 */
function useLocalMedia(attempt: number, active: boolean) {
  // Each answer is that of one attempt: a new attempt is asking until its own answer comes.
  const [answer, setAnswer] = useState<{ attempt: number; state: LocalMediaState } | null>(null);
  useEffect(() => {
    if (!active) return undefined;
    let current = true;
    let opened: MediaStream | null = null;
    if (typeof RTCPeerConnection === 'undefined') {
      setAnswer({ attempt, state: { status: 'failed', problem: 'unsupported' } });
      return undefined;
    }
    openLocalMedia().then(
      (local) => {
        if (!current) return stopMedia(local.stream);
        opened = local.stream;
        setAnswer({ attempt, state: { status: 'ready', ...local } });
      },
      (error: unknown) => {
        if (current) setAnswer({ attempt, state: { status: 'failed', problem: mediaProblem(error) } });
      },
    );
    return () => {
      current = false;
      stopMedia(opened);
    };
  }, [attempt, active]);
  return {
    state: answer?.attempt === attempt ? answer.state : { status: 'asking' } as LocalMediaState,
    /** Into the call anyway: seeing and hearing the other party, unseen and unheard. */
    joinWithout: () => setAnswer({ attempt, state: { status: 'ready', stream: null, missing: ['audio', 'video'] } }),
  };
}

/** An open room: its ICE servers, this side's camera and microphone, then the call. */
export function RoomCall({ teleconsultation }: { teleconsultation: Teleconsultation }) {
  const { t } = useTranslation('visit');
  const relayOnly = useRelayOnly();
  const ice = useQuery({
    queryKey: visitKeys.iceServers(teleconsultation._id),
    queryFn: ({ signal }) => teleconsultationsApi.iceServers(teleconsultation._id, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const [attempt, setAttempt] = useState(0);
  const [ended, setEnded] = useState<CallEnd | null>(null);
  const media = useLocalMedia(attempt, ended === null);
  const again = () => {
    setEnded(null);
    setAttempt((count) => count + 1);
  };

  if (ice.status === 'pending') return <Loading />;
  if (ice.status === 'error') {
    const closed = ice.error instanceof ApiError && ice.error.code === 'room_closed';
    return <ErrorAlert error={ice.error} onRetry={closed ? undefined : retryFor(ice)}
                       message={closed ? t('room.closed') : undefined} />;
  }
  if (ended) return <CallEnded end={ended} onJoinAgain={again} />;
  if (media.state.status === 'asking') {
    return <p className="alert alert-info" role="status">{t('media.asking')}</p>;
  }
  if (media.state.status === 'failed') {
    return (
      <div className="alert alert-error" role="alert">
        <p>{t(`media.${media.state.problem}`)}</p>
        <div className="visit-actions">
          <button type="button" className="button" onClick={again}>{t('media.retry')}</button>
          {media.state.problem !== 'unsupported' && (
            <button type="button" className="button button-secondary" onClick={media.joinWithout}>
              {t('media.withoutMedia')}
            </button>
          )}
        </div>
      </div>
    );
  }
  return (
    <CallView key={attempt} teleconsultationId={teleconsultation._id} appointmentId={teleconsultation.appointmentId}
              stream={media.state.stream}
              missing={media.state.missing} iceServers={ice.data.iceServers} relayOnly={relayOnly}
              onEnded={setEnded} />
  );
}

/** Out of the call: why, and the way back in when there is one. */
function CallEnded({ end, onJoinAgain }: { end: CallEnd; onJoinAgain: () => void }) {
  const { t } = useTranslation('visit');
  const text = end.kind === 'refused'
    ? t(`refused.${end.reason}`, { defaultValue: t('refused.unknown', { reason: end.reason }) })
    : t(`status.${end.kind}`);
  const canJoinAgain = end.kind !== 'refused' || end.reason === 'too_early';
  return (
    <div className={end.kind === 'refused' ? 'alert alert-error' : 'alert alert-info'} role="status">
      <p className="visit-ended">{text}</p>
      {canJoinAgain && (
        <button type="button" className="button" onClick={onJoinAgain}>
          {t(end.kind === 'replaced' ? 'controls.useHere' : 'controls.rejoin')}
        </button>
      )}
    </div>
  );
}
