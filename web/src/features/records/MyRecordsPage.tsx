import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { medicalRecordsApi, type MedicalRecord } from '@/api/medicalRecords';
import { SuccessStatus } from '@/features/profile/SuccessStatus';
import { useSpecialtyName } from '@/features/specialties/useSpecialties';
import { Page } from '@/ui/Page';
import { Pagination } from '@/ui/Pagination';
import { QueryResult } from '@/ui/QueryResult';
import { AccessLogSection } from './AccessLogSection';
import { EntryForm } from './EntryForm';
import { toDraft } from './entryRules';
import { RecordEntries } from './RecordEntries';
import { ShareRecord } from './ShareRecord';
import { recordsPerPage, useRecordPage, useRefreshRecords } from './queries';
import './records.css';

/** /records: the patient's medical records, one per doctor, and who has read or changed their data. */
export function MyRecordsPage() {
  const { t } = useTranslation('records');
  const [page, setPage] = useState(1);
  const records = useRecordPage(page);
  const listStart = useRef<HTMLParagraphElement>(null);
  return (
    <Page title={t('patient.title')}>
      <p>{t('patient.intro')}</p>
      <QueryResult query={records}>
        {({ medicalRecords, total }) => (
          <>
            <p className="muted" ref={listStart} tabIndex={-1}>{t('patient.count', { count: total })}</p>
            {medicalRecords.map((record) => record._id && (
              <PatientRecord key={record._id} record={{ ...record, _id: record._id }} />
            ))}
            <Pagination page={page} total={total} limit={recordsPerPage} label={t('patient.pages')}
                        onPageChange={(next) => {
                          setPage(next);
                          listStart.current?.focus();
                        }} />
          </>
        )}
      </QueryResult>
      <AccessLogSection />
    </Page>
  );
}

/** One doctor's record of the patient: its entries, the patient's own additions, and its sharing. */
function PatientRecord({ record }: { record: MedicalRecord & { _id: string } }) {
  const { t } = useTranslation('records');
  const headingId = useId();
  const specialtyName = useSpecialtyName();
  const refresh = useRefreshRecords();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const closeForm = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const specialty = record.doctor.specialty && specialtyName(record.doctor.specialty);
  return (
    <section className="card records-record" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('record.keptBy', { name: record.doctor.name })}</h2>
      {specialty && <p className="muted records-specialty">{specialty}</p>}
      <RecordEntries record={record} label={t('record.entries', { name: record.doctor.name })} />
      {adding ? (
        <section className="records-new-entry" aria-labelledby={`${headingId}-new`}>
          <h3 id={`${headingId}-new`}>{t('entry.new')}</h3>
          <EntryForm save={(values, attachments) => medicalRecordsApi.addEntry(record._id, toDraft(values, attachments))}
                     onSaved={() => {
                       closeForm();
                       setAdded(t('entry.added'));
                       void refresh();
                     }}
                     onCancel={closeForm} />
        </section>
      ) : (
        <div className="form-actions">
          <button ref={addButton} type="button" className="button button-secondary" onClick={() => {
            setAdded(null);
            setAdding(true);
          }}>
            {t('entry.add')}
            <span className="visually-hidden"> {t('entry.toRecordOf', { name: record.doctor.name })}</span>
          </button>
        </div>
      )}
      <SuccessStatus message={added} />
      <ShareRecord record={record} />
    </section>
  );
}
