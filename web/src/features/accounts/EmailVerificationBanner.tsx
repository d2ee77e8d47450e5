import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '@/api/accounts';
import { useSession } from '@/auth/session';
import { ErrorAlert } from '@/ui/ErrorAlert';

/** Reminds a signed-in user whose email is not verified yet, with a way to get a new link. */
export function EmailVerificationBanner() {
  const { t } = useTranslation('accounts');
  const { user } = useSession();
  const resend = useMutation({ mutationFn: accountsApi.resendVerification });
  if (!user || user.emailVerified) return null;
  return (
    <div className="alert alert-warning verification-banner">
      <p>{t('banner.unverified', { email: user.email })}</p>
      {resend.isSuccess ? (
        <p role="status">{t('banner.sent')}</p>
      ) : (
        <button type="button" className="button button-small button-secondary"
                disabled={resend.isPending} onClick={() => resend.mutate()}>
          {t('banner.resend')}
        </button>
      )}
      <ErrorAlert error={resend.error} />
    </div>
  );
}
