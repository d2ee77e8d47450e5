import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountsApi, type User } from '@/api/accounts';
import { ApiError } from '@/api/client';
import { meQueryKey, useCurrentUser } from '@/auth/session';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Section } from './Section';
import { SuccessStatus } from './SuccessStatus';
import { VerificationBadge } from './VerificationBadge';

/** The email address, whether it is verified, and a new link when it is not. */
export function EmailSection() {
  const { t } = useTranslation('profile');
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const resend = useMutation({
    mutationFn: accountsApi.resendVerification,
    // Verified meanwhile (by the link, in another tab): show it as such.
    onError: (failure) => {
      if (failure instanceof ApiError && failure.code === 'email_already_verified') {
        queryClient.setQueryData<User>(meQueryKey, (current) => current && { ...current, emailVerified: true });
      }
    },
  });

  return (
    <Section title={t('email.title')}>
      <p className="profile-status">
        <VerificationBadge verified={user.emailVerified} />
        <span>{t(user.emailVerified ? 'email.verified' : 'email.unverified', { email: user.email })}</span>
      </p>
      {!user.emailVerified && (
        <>
          <div className="form-actions">
            <button type="button" className="button button-secondary" disabled={resend.isPending}
                    onClick={() => resend.mutate()}>
              {t('email.resend')}
            </button>
          </div>
          <SuccessStatus message={resend.isSuccess ? t('email.sent', { email: user.email }) : null} />
        </>
      )}
      <ErrorAlert error={resend.error} />
    </Section>
  );
}
