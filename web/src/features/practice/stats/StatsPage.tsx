import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type AppointmentStatus, type DoctorStats } from '@/api/appointments';
import { currentLocale } from '@/i18n';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { practiceKeys } from '../queries';
import '../practice.css';

const statuses: readonly AppointmentStatus[] = ['confirmed', 'completed', 'canceled'];

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
            {statuses.map((status) => (
              <tr key={status}>
                <th scope="row">{t(`stats.statuses.${status}`)}</th>
                <td className="practice-number">{stats.byStatus[status]}</td>
                <td className="practice-number">{percent.format(stats.percentages[status] / 100)}</td>
                <td className="practice-bar-column" aria-hidden="true">
                  <span className={`practice-bar practice-bar-${status}`}
                        style={{ width: `${stats.percentages[status]}%` }} />
                </td>
              </tr>
            ))}
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
    </div>
  );
}
