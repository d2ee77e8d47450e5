import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('errors:pageNotFound')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

/** Shown instead of a blank page when a page fails to render. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <main id="main" className="main">
      <div className="alert alert-error" role="alert">
        <p>{t('errors:unexpected')}</p>
        <p>
          <a href="/">{t('notFound.home')}</a>
        </p>
      </div>
    </main>
  );
}
