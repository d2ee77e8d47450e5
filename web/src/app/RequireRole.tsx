import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/accounts';
import { useSession } from '../auth/session';
import { Loading } from '../ui/Loading';
import { Page } from '../ui/Page';

/** Lets its child routes through only for a signed-in user of the role; others sign in first. */
export function RequireRole({ role }: { role?: Role }) {
  const { user } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (user === undefined) return <Loading />;
  if (user === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (role && user.role !== role) {
    return (
      <Page title={t('wrongRole.title')}>
        <p>{t(role === 'doctor' ? 'wrongRole.doctorsOnly' : 'wrongRole.patientsOnly')}</p>
      </Page>
    );
  }
  return <Outlet />;
}

/** Where a user lands after signing in, unless a page sent them to sign in. */
export function homeOf(role: Role): string {
  return role === 'doctor' ? '/practice' : '/appointments';
}
