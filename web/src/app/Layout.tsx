import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { accountsApi } from '@/api/accounts';
import { meQueryKey, useSession } from '../auth/session';
import { languages, type Language } from '../i18n';
import { NotificationBell } from '../features/care/notifications/NotificationBell';
import { MessagesLink } from '../features/messages/MessagesLink';
import { EmailVerificationBanner } from '../features/accounts/EmailVerificationBanner';
import { usePaymentMethods } from '../features/payments/PaymentMethodChoice';
import { LiveUpdates } from './LiveUpdates';

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const choose = (language: Language) => {
    void i18n.changeLanguage(language);
    // A signed-in user's choice is their account's language too: their emails and SMS follow it.
    if (user && user.language !== language) {
      accountsApi.updateMe({ language }).then(
        (updated) => queryClient.setQueryData(meQueryKey, updated),
        () => undefined,  // the app still switched; the account keeps its language until the next try
      );
    }
  };
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => choose(language)}
        >
          <span aria-hidden="true">{language.toUpperCase()}</span>
          <span className="visually-hidden">{t(`language.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}

function Navigation({ id }: { id: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  // Only an instance that takes payments has any to list.
  const payments: Array<[string, string]> = usePaymentMethods().length > 0 ? [['/payments', t('nav.payments')]] : [];
  const links: Array<[string, string]> =
    user?.role === 'doctor'
      ? [
          ['/practice', t('nav.agenda')],
          ['/practice/patients', t('nav.patients')],
          ['/practice/hours', t('nav.hours')],
          ['/practice/time-off', t('nav.timeOff')],
          ['/practice/visit-reasons', t('nav.visitReasons')],
          ['/practice/profile', t('nav.doctorProfile')],
          ['/practice/stats', t('nav.stats')],
          ...payments,
        ]
      : user?.role === 'patient'
        ? [
            ['/doctors', t('nav.findDoctor')],
            ['/appointments', t('nav.appointments')],
            ...payments,
            ['/records', t('nav.records')],
            ['/profile', t('nav.profile')],
          ]
        : [['/doctors', t('nav.findDoctor')]];
  return (
    <nav id={id} className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {links.map(([to, label]) => (
          <li key={to}>
            <NavLink to={to} end={to === '/practice'}>
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AccountMenu() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  if (user === undefined) return null;
  if (user === null) {
    return (
      <div className="account-menu">
        <Link to="/login">{t('nav.login')}</Link>
        <Link className="button button-small" to="/register">
          {t('nav.register')}
        </Link>
      </div>
    );
  }
  return (
    <div className="account-menu">
      <NavLink to="/account" className="account-name">
        <span className="visually-hidden">{t('nav.account')}: </span>
        {user.name}
      </NavLink>
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={() => {
          // Leave the page first: a page for signed-in users would otherwise ask to sign in again.
          navigate('/');
          void signOut();
        }}
      >
        {t('nav.logout')}
      </button>
    </div>
  );
}

/**
 * On a phone, the header is one row (brand, messages, bell, menu button) and the rest (language,
 * account, navigation) opens under it: shown in full it took a quarter of the screen. Wider screens
 * show it all and no button (global.css). Going to another page, or Escape, closes the menu.
 */
function useHeaderMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (open && event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    }
  };
  return { open, toggle: () => setOpen((value) => !value), button, onKeyDown };
}

export function Layout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const menu = useHeaderMenu();
  const toolsId = useId();
  const navigationId = useId();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className={menu.open ? 'site-header site-header-open' : 'site-header'} onKeyDown={menu.onKeyDown}>
        <div className="site-header-row">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            MediMeet
          </Link>
          {user && (
            <>
              <MessagesLink />
              <NotificationBell />
            </>
          )}
          <button ref={menu.button} type="button" className="menu-button" aria-expanded={menu.open}
                  aria-controls={`${toolsId} ${navigationId}`} onClick={menu.toggle}>
            <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20">
              <path fill="currentColor" d="M2 4h16v2H2zm0 5h16v2H2zm0 5h16v2H2z" />
            </svg>
            {t('nav.menu')}
          </button>
          <div className="site-tools" id={toolsId}>
            <LanguageSwitch />
            <AccountMenu />
          </div>
        </div>
        <Navigation id={navigationId} />
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <EmailVerificationBanner />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer')}</p>
      </footer>
      <ScrollRestoration />
      {user && <LiveUpdates />}
    </>
  );
}
