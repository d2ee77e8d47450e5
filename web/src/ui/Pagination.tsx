import { useTranslation } from 'react-i18next';

interface PaginationProps {
  page: number;
  total: number;
  limit: number;
  /** Names the navigation landmark, so that several on one page stay distinct. */
  label: string;
  onPageChange: (page: number) => void;
}

/** Previous / next buttons for a paged list; nothing when everything fits on one page. */
export function Pagination({ page, total, limit, label, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  const pageCount = Math.max(1, Math.ceil(total / limit));
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <button type="button" className="button button-secondary button-small" disabled={page <= 1}
              onClick={() => onPageChange(page - 1)}>
        {t('pagination.previous')}
      </button>
      <p>{t('pagination.position', { page, count: pageCount })}</p>
      <button type="button" className="button button-secondary button-small" disabled={page >= pageCount}
              onClick={() => onPageChange(page + 1)}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}
