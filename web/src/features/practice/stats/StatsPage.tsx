import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type DoctorStats } from '@/api/appointments';
import { currentLocale } from '@/i18n';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { practiceKeys } from '../queries';
import '../practice.css';

export function StatsPage() {
  const { t } = useTranslation('practice');
  const stats = useQuery({ queryKey: practiceKeys.stats, queryFn: ({ signal }) => appointmentsApi.stats(signal) });
  return (
    <Page title={t('stats.title')}>
      <QueryResult query={stats}>
        {(counts) => (counts.total === 0
          ? <p className="practice-empty">{t('stats.empty')}</p>
          : <StatsTable stats={counts} />)}
      </QueryResult>
    </Page>
  );
}

/**
 * The counts by status, confirmed ones split between those to come and those past whose outcome is
 * not recorded yet, so that past and future do not mix.
 */
function statusRows(stats: DoctorStats) {
  return [
    { key: 'upcoming', count: stats.upcoming },
    { key: 'awaitingOutcome', count: stats.awaitingOutcome },
    { key: 'completed', count: stats.byStatus.completed },
    { key: 'noShow', count: stats.byStatus.noShow },
    { key: 'canceled', count: stats.byStatus.canceled },
  ] as const;
}

/** The counts as a table (what screen readers read), each with a bar that only repeats its share. */
function StatsTable({ stats }: { stats: DoctorStats }) {
  const { t } = useTranslation('practice');
  const percent = new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: 1 });
  return (
    <div className="card">
      <div className="table-wrap">
        <table className="practice-stats">
          <caption>{t('stats.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stats.status')}</th>
              <th scope="col" className="practice-number">{t('stats.count')}</th>
              <th scope="col" className="practice-number">{t('stats.share')}</th>
              <th scope="col" className="practice-bar-column"><span className="visually-hidden">{t('stats.chart')}</span></th>
            </tr>
          </thead>
          <tbody>
            {statusRows(stats).map(({ key, count }) => {
              const share = count / stats.total;
              return (
                <tr key={key}>
                  <th scope="row">{t(`stats.statuses.${key}`)}</th>
                  <td className="practice-number">{count}</td>
                  <td className="practice-number">{percent.format(share)}</td>
                  <td className="practice-bar-column" aria-hidden="true">
                    <span className={`practice-bar practice-bar-${key}`} style={{ width: `${share * 100}%` }} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('stats.total')}</th>
              <td className="practice-number">{stats.total}</td>
              <td className="practice-number">{percent.format(1)}</td>
              <td className="practice-bar-column" aria-hidden="true" />
            </tr>
          </tfoot>
        </table>
      </div>
      {stats.awaitingOutcome > 0 && (
        <p className="practice-stats-note">
          {t('stats.awaitingNote', { count: stats.awaitingOutcome })} <Link to="/practice">{t('stats.toAgenda')}</Link>
        </p>
      )}
    </div>
  );
}
