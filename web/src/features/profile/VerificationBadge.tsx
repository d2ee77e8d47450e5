import { useTranslation } from 'react-i18next';

export function VerificationBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation('profile');
  return (
    <span className={verified ? 'badge badge-success' : 'badge badge-error'}>
      {t(verified ? 'verification.verified' : 'verification.unverified')}
    </span>
  );
}
