import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/auth/session';
import { Page } from '@/ui/Page';
import { NameAndPhoneSection } from './NameAndPhoneSection';
import { PhoneVerificationSection } from './PhoneVerificationSection';
import { EmailSection } from './EmailSection';
import { ChangePasswordSection } from './ChangePasswordSection';
import { CalendarFeedSection } from './CalendarFeedSection';
import './profile.css';

export function AccountPage() {
  const { t } = useTranslation('profile');
  const user = useCurrentUser();
  return (
    <Page title={t('account.title')}>
      <div className="profile-column">
        <NameAndPhoneSection />
        {/* A new number starts a new verification: nothing sent or confirmed for the old one applies. */}
        <PhoneVerificationSection key={user.phone} />
        <EmailSection />
        <ChangePasswordSection />
        <CalendarFeedSection />
      </div>
    </Page>
  );
}
