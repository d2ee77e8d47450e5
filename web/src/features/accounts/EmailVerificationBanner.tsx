import type { ReactNode } from 'react';
import { useMatches } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/auth/session';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useResendVerification } from './useResendVerification';

/** What a route may tell the layout (its `handle`). */
export interface VerificationRouteHandle {
  /** The page says itself why and how to confirm the email address: no banner above it. */
  ownVerificationNotice?: boolean;
}

interface EmailVerificationNoticeProps {
  /** Why to confirm the address, here. */
  children: ReactNode;
  resendLabel?: string;
}

/**
 * For a signed-in user whose email is not verified yet: why to confirm it, with a way to get a
 * new link. Nothing for anyone else.
 */
export function EmailVerificationNotice({ children, resendLabel }: EmailVerificationNoticeProps) {
  const { t } = useTranslation('accounts');
  const { user } = useSession();
  const resend = useResendVerification();
  if (!user || user.emailVerified) return null;
  return (
    <div className="alert alert-warning verification-banner">
      {children}
      {resend.isSuccess ? (
        <p role="status">{t('banner.sent', { email: user.email })}</p>
      ) : (
        <button type="button" className="button button-small button-secondary"
                disabled={resend.isPending} onClick={() => resend.mutate()}>
          {resendLabel ?? t('banner.resend')}
        </button>
      )}
      <ErrorAlert error={resend.error} />
    </div>
  );
}

/** Reminds a signed-in user whose email is not verified yet, on every page that does not say it itself. */
export function EmailVerificationBanner() {
  const { t } = useTranslation('accounts');
  const { user } = useSession();
  const pageSaysIt = useMatches().some((match) =>
    (match.handle as VerificationRouteHandle | undefined)?.ownVerificationNotice);
  if (!user || pageSaysIt) return null;
  return (
    <EmailVerificationNotice>
      <p>{t('banner.unverified', { email: user.email })}</p>
    </EmailVerificationNotice>
  );
}
