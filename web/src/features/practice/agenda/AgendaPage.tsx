import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localDay, timeZoneLabel } from '@/lib/time';
import { Page } from '@/ui/Page';
import { ListingChecklist } from '../ListingChecklist';
import { QueryResult } from '@/ui/QueryResult';
import { useAppointments, useDoctor } from '../queries';
import { useNow } from '../useNow';
import { agendaRange, isCalendarDay, type AgendaView } from './agendaRange';
import { agendaTitle } from './agendaTitle';
import { AgendaToolbar } from './AgendaToolbar';
import { AppointmentList } from './AppointmentList';
import { WeekAgenda } from './WeekAgenda';
import '../practice.css';

export function AgendaPage() {
  const { t } = useTranslation('practice');
  const doctor = useDoctor();
  return (
    <Page title={t('agenda.title')}>
      <QueryResult query={doctor}>
        {(profile) => (
          <>
            {!profile.listed && <ListingChecklist doctor={profile} />}
            <Agenda timeZone={profile.timezone} />
          </>
        )}
      </QueryResult>
    </Page>
  );
}

/** The day or week in the URL (`?view=week&day=2026-12-01`), so it survives reloads and can be linked. */
function Agenda({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation('practice');
  const [searchParams, setSearchParams] = useSearchParams();
  const now = useNow();
  const today = localDay(new Date(now), timeZone);
  const view: AgendaView = searchParams.get('view') === 'week' ? 'week' : 'day';
  const requestedDay = searchParams.get('day');
  const day = isCalendarDay(requestedDay) ? requestedDay : today;
  const range = agendaRange(view, day, timeZone);
  const appointments = useAppointments(range.from, range.to);
  const show = (nextView: AgendaView, nextDay: string) => setSearchParams({ view: nextView, day: nextDay });

  return (
    <section aria-labelledby="practice-agenda-title">
      <AgendaToolbar view={view} day={day} today={today} onShow={show} />
      {/* Announced when the doctor steps to another day or week. */}
      <h2 id="practice-agenda-title" className="practice-agenda-title" aria-live="polite">
        {agendaTitle(view, range, t)}{' '}
        {view === 'day' && day === today && <span className="badge practice-today">{t('agenda.todayMark')}</span>}
      </h2>
      <p className="muted">{t('agenda.timeZoneNote', { zone: timeZoneLabel(timeZone) })}</p>
      <QueryResult query={appointments}>
        {(list) =>
          view === 'day' ? (
            <AppointmentList appointments={list} timeZone={timeZone} now={now} headingLevel="h3"
                             empty={t('agenda.emptyDay')} />
          ) : (
            <WeekAgenda days={range.days} today={today} appointments={list} timeZone={timeZone} now={now} />
          )
        }
      </QueryResult>
    </section>
  );
}
