import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneLabel } from '@/lib/time';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { StatusMessage } from '../StatusMessage';
import { useDoctor, useTimeOff } from '../queries';
import { useNow } from '@/lib/useNow';
import { AddTimeOffForm } from './AddTimeOffForm';
import { TimeOffLists } from './TimeOffLists';

export function TimeOffPage() {
  const { t } = useTranslation('practice');
  const doctor = useDoctor();
  return (
    <Page title={t('timeOff.title')}>
      <QueryResult query={doctor}>{(profile) => <TimeOffWorkspace timeZone={profile.timezone} />}</QueryResult>
    </Page>
  );
}

function TimeOffWorkspace({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation('practice');
  const timeOff = useTimeOff();
  const [removed, setRemoved] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const now = useNow();
  return (
    <>
      <p>{t('timeOff.intro', { zone: timeZoneLabel(timeZone) })}</p>
      <section aria-labelledby="practice-time-off-list">
        <h2 id="practice-time-off-list" ref={listHeading} tabIndex={-1}>{t('timeOff.listTitle')}</h2>
        <StatusMessage message={removed} />
        <QueryResult query={timeOff}>
          {({ timeOff: all }) => (
            <TimeOffLists all={all} timeZone={timeZone} now={now} onRemoved={(period) => {
              setRemoved(t('timeOff.removed', { period }));
              // The deleted entry held the focus: continue from the list's heading.
              listHeading.current?.focus();
            }} />
          )}
        </QueryResult>
      </section>
      <section aria-labelledby="practice-time-off-add">
        <h2 id="practice-time-off-add">{t('timeOff.addTitle')}</h2>
        <AddTimeOffForm timeZone={timeZone} />
      </section>
    </>
  );
}
