import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/auth/session';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useResendVerification } from '../accounts/useResendVerification';
import { Section } from './Section';
import { SuccessStatus } from './SuccessStatus';
import { VerificationBadge } from './VerificationBadge';

/** The email address, whether it is verified, and a new link when it is not. */
export function EmailSection() {
  const { t } = useTranslation('profile');
  const user = useCurrentUser();
  const resend = useResendVerification();

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
