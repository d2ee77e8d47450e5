import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '@/api/accounts';
import { meQueryKey, useSession } from '@/auth/session';
import { homeOf } from '@/app/RequireRole';
import { Page } from '@/ui/Page';
import { Loading } from '@/ui/Loading';
import { ErrorAlert } from '@/ui/ErrorAlert';

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

export function VerifyEmailPage() {
  const { t } = useTranslation('accounts');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [state, setState] = useState<{ status: 'pending' | 'done' | 'failed'; error?: unknown }>({
    status: 'pending',
  });

  useEffect(() => {
    let current = true;
    verifyOnce(token).then(
      () => {
        if (!current) return;
        setState({ status: 'done' });
        void queryClient.invalidateQueries({ queryKey: meQueryKey });
      },
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [token, queryClient]);

  return (
    <Page title={t('verifyEmail.title')}>
      <div className="card narrow">
        {state.status === 'pending' && <Loading />}
        {state.status === 'done' && (
          <div className="alert alert-success" role="status">
            <p>{t('verifyEmail.done')}</p>
          </div>
        )}
        {state.status === 'failed' && <ErrorAlert error={state.error} />}
        {state.status !== 'pending' && (
          <p>
            {user ? (
              <Link className="button" to={user.role === 'patient' ? '/doctors' : homeOf(user.role)}>
                {t(user.role === 'patient' ? 'verifyEmail.findDoctor' : 'verifyEmail.continue')}
              </Link>
            ) : (
              <Link className="button" to="/login">
                {t('verifyEmail.login')}
              </Link>
            )}
          </p>
        )}
      </div>
    </Page>
  );
}
