import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Doctor } from '@/api/doctors';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { StatusMessage } from '../StatusMessage';
import { useDoctor, useVisitReasons } from '../queries';
import { VisitReasonEntry } from './VisitReasonEntry';
import { VisitReasonForm } from './VisitReasonForm';
import '../practice.css';

export function VisitReasonsPage() {
  const { t } = useTranslation('practice');
  const doctor = useDoctor();
  return (
    <Page title={t('visitReasons.title')}>
      <QueryResult query={doctor}>{(profile) => <VisitReasonsWorkspace doctor={profile} />}</QueryResult>
    </Page>
  );
}

function VisitReasonsWorkspace({ doctor }: { doctor: Doctor }) {
  const { t } = useTranslation('practice');
  const reasons = useVisitReasons();
  const [removed, setRemoved] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <p>{t('visitReasons.intro')}</p>
      <section aria-labelledby="practice-reasons-list">
        <h2 id="practice-reasons-list" ref={listHeading} tabIndex={-1}>{t('visitReasons.listTitle')}</h2>
        <StatusMessage message={removed} />
        <QueryResult query={reasons}>
          {({ visitReasons }) => visitReasons.length === 0 ? (
            <p className="practice-empty">{t('visitReasons.empty', { minutes: doctor.consultationMinutes })}</p>
          ) : (
            <ul className="practice-reason-list">
              {visitReasons.map((reason) => (
                <VisitReasonEntry key={reason._id} reason={reason} doctor={doctor} onRemoved={(name) => {
                  setRemoved(t('visitReasons.removed', { name }));
                  // The removed entry held the focus: continue from the list's heading.
                  listHeading.current?.focus();
                }} />
              ))}
            </ul>
          )}
        </QueryResult>
      </section>
      <section aria-labelledby="practice-reasons-add">
        <h2 id="practice-reasons-add">{t('visitReasons.addTitle')}</h2>
        <VisitReasonForm doctor={doctor} />
      </section>
    </>
  );
}
