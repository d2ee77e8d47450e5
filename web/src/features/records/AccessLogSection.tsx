import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/auth/session';
import { browserTimeZone, formatDateTime } from '@/lib/time';
import { Pagination } from '@/ui/Pagination';
import { StackedCell } from '@/ui/StackedCell';
import { QueryResult } from '@/ui/QueryResult';
import { actionText } from './accessLog';
import { logEntriesPerPage, useAccessLog } from './queries';
import './records.css';

/** Who read or changed the patient's data, newest first, a page at a time. */
export function AccessLogSection() {
  const { t } = useTranslation('records');
  const me = useSession().user?._id;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [page, setPage] = useState(1);
  const log = useAccessLog(page);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{t('log.title')}</h2>
      <p className="muted">{t('log.intro')}</p>
      <QueryResult query={log}>
        {({ entries, total }) => entries.length === 0 ? <p>{t('log.empty')}</p> : (
          <>
            <div className="table-wrap">
              <table className="stacked-table">
                <thead>
                  <tr>
                    <th scope="col">{t('log.when')}</th>
                    <th scope="col">{t('log.who')}</th>
                    <th scope="col">{t('log.role')}</th>
                    <th scope="col">{t('log.what')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry._id}>
                      <StackedCell label={t('log.when')}>
                        {formatDateTime(entry.at, browserTimeZone(), { dateStyle: 'medium', timeStyle: 'short' })}
                      </StackedCell>
                      <StackedCell label={t('log.who')}>
                        {entry.actor._id === me ? t('log.you') : entry.actor.name}
                      </StackedCell>
                      <StackedCell label={t('log.role')}>
                        {t(`log.roles.${entry.actor.role}`)}
                      </StackedCell>
                      <StackedCell label={t('log.what')}>
                        {actionText(entry.action)}
                      </StackedCell>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={page} total={total} limit={logEntriesPerPage} label={t('log.pages')}
                        onPageChange={(next) => {
                          setPage(next);
                          heading.current?.focus();
                        }} />
          </>
        )}
      </QueryResult>
    </section>
  );
}
