import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountsApi, type User } from '@/api/accounts';
import { ApiError } from '@/api/client';
import { meQueryKey, useSession } from '@/auth/session';
import { homeOf } from '@/app/RequireRole';
import { Page } from '@/ui/Page';
import { Loading } from '@/ui/Loading';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { takeAfterVerification } from './afterVerification';
import { EmailVerificationNotice } from './EmailVerificationBanner';

// A link's token works once: remember the request per token so a re-render (or React's strict
// mode running effects twice) never sends it a second time and reports a false failure.
const verifications = new Map<string, Promise<void>>();

function verifyOnce(token: string): Promise<void> {
  let verification = verifications.get(token);
  if (!verification) {
    verification = accountsApi.verifyEmail(token);
    verifications.set(token, verification);
  }
  return verification;
}

/** The server knows no such live token: the link was used already, has expired, or is cut. */
function isDeadLink(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'invalid_token' || 'token' in error.fields);
}

type State =
  | { status: 'pending' }
  /** `next`: the booking the patient was making when they were asked to confirm (see afterVerification.ts). */
  | { status: 'done'; next: string | null }
  | { status: 'failed'; error: unknown };

export function VerifyEmailPage() {
  const { t } = useTranslation('accounts');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [state, setState] = useState<State>({ status: 'pending' });

  useEffect(() => {
    let current = true;
    verifyOnce(token).then(
      async () => {
        // Said once the signed-in user is read again, so no page after this one still asks
        // them to confirm (the booking step would, from the stale copy). A first read still on its
        // way (the page just opened) may hold the old copy, and invalidating alone would wait for
        // it rather than read again: cancel it first.
        await queryClient.cancelQueries({ queryKey: meQueryKey });
        await queryClient.invalidateQueries({ queryKey: meQueryKey });
        if (!current) return;
        setState({ status: 'done', next: takeAfterVerification() });
      },
      (error: unknown) => {
        if (!current) return;
        setState({ status: 'failed', error });
        // Whether the address is confirmed now (by this link, in another tab) decides what to say.
        if (isDeadLink(error)) void queryClient.invalidateQueries({ queryKey: meQueryKey });
      },
    );
    return () => {
      current = false;
    };
  }, [token, queryClient]);

  const deadLink = state.status === 'failed' && isDeadLink(state.error);
  return (
    <Page title={t('verifyEmail.title')}>
      <div className="card narrow">
        {(state.status === 'pending' || (deadLink && user === undefined)) && <Loading />}
        {state.status === 'done' && (
          <div className="alert alert-success" role="status">
            <p>{t('verifyEmail.done')}</p>
          </div>
        )}
        {deadLink && user && <DeadLinkSignedIn user={user} />}
        {deadLink && user === null && (
          <div className="alert alert-warning">
            <p>{t('verifyEmail.linkUsed')}</p>
            <p>{t('verifyEmail.signInForNewLink')}</p>
          </div>
        )}
        {state.status === 'failed' && !deadLink && <ErrorAlert error={state.error} />}
        {state.status !== 'pending' && user !== undefined && (
          <p>
            <WayOn user={user} next={state.status === 'done' ? state.next : null} />
          </p>
        )}
      </div>
    </Page>
  );
}

/** A used or expired link, for a signed-in user: confirmed already, or a new link to ask for. */
function DeadLinkSignedIn({ user }: { user: User }) {
  const { t } = useTranslation('accounts');
  if (user.emailVerified) {
    return (
      <div className="alert alert-success" role="status">
        <p>{t('verifyEmail.alreadyConfirmed')}</p>
      </div>
    );
  }
  return (
    <EmailVerificationNotice resendLabel={t('verifyEmail.sendNewLink')}>
      <p>{t('verifyEmail.linkUsed')}</p>
      <p>{t('verifyEmail.askNewLink')}</p>
    </EmailVerificationNotice>
  );
}

/** Back to the booking being made if there is one; else on to the user's pages, or to sign in. */
function WayOn({ user, next }: { user: User | null; next: string | null }) {
  const { t } = useTranslation('accounts');
  if (!user) {
    return (
      <Link className="button" to={next ? `/login?next=${encodeURIComponent(next)}` : '/login'}>
        {t('verifyEmail.login')}
      </Link>
    );
  }
  if (next) return <Link className="button" to={next}>{t('verifyEmail.backToBooking')}</Link>;
  return (
    <Link className="button" to={user.role === 'patient' ? '/doctors' : homeOf(user.role)}>
      {t(user.role === 'patient' ? 'verifyEmail.findDoctor' : 'verifyEmail.continue')}
    </Link>
  );
}
