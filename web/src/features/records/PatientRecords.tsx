import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { medicalRecordsApi, type MedicalRecord } from '@/api/medicalRecords';
import { useSession } from '@/auth/session';
import { SuccessStatus } from '@/features/profile/SuccessStatus';
import { QueryResult } from '@/ui/QueryResult';
import { EntryForm } from './EntryForm';
import { toDraft } from './entryRules';
import { RecordEntries } from './RecordEntries';
import { usePatientRecord, useRecordsAbout, useRefreshRecords } from './queries';
import { sharedRecordsAbout } from './recordViews';
import './records.css';

/**
 * A patient's records on their page in the practice: the one the signed-in doctor keeps and writes
 * in, then those other doctors keep and the patient shared with this one, to read.
 */
export function PatientRecords({ patientId }: { patientId: string }) {
  const me = useSession().user?._id ?? '';
  const own = usePatientRecord(patientId);
  const about = useRecordsAbout(patientId);
  return (
    <>
      <QueryResult query={own}>
        {(record) => <OwnRecord patientId={patientId} record={record} />}
      </QueryResult>
      <QueryResult query={about}>
        {(records) => sharedRecordsAbout(records, patientId, me).map((record) => (
          <SharedRecord key={record._id} record={record} />
        ))}
      </QueryResult>
    </>
  );
}

function OwnRecord({ patientId, record }: { patientId: string; record: MedicalRecord }) {
  const { t } = useTranslation('records');
  const headingId = useId();
  const refresh = useRefreshRecords();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const closeForm = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };
  return (
    <section className="card records-record" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('doctor.title')}</h2>
      {record.sharedWith.length > 0 && (
        <p className="muted">{t('doctor.sharedWith', { names: record.sharedWith.map((grant) => grant.name).join(', ') })}</p>
      )}
      <RecordEntries record={record} label={t('doctor.entries')} />
      {adding ? (
        <section className="records-new-entry" aria-labelledby={`${headingId}-new`}>
          <h3 id={`${headingId}-new`}>{t('entry.new')}</h3>
          <EntryForm save={(values, attachments) =>
                       medicalRecordsApi.addToPatient(patientId, toDraft(values, attachments))}
                     onSaved={() => {
                       closeForm();
                       setAdded(t('entry.added'));
                       void refresh();
                     }}
                     onCancel={closeForm} />
        </section>
      ) : (
        <div className="form-actions">
          <button ref={addButton} type="button" className="button" onClick={() => {
            setAdded(null);
            setAdding(true);
          }}>
            {t('entry.add')}
          </button>
        </div>
      )}
      <SuccessStatus message={added} />
    </section>
  );
}

function SharedRecord({ record }: { record: MedicalRecord }) {
  const { t } = useTranslation('records');
  const headingId = useId();
  return (
    <section className="card records-record" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('doctor.shared', { name: record.doctor.name })}</h2>
      <p className="muted">{t('doctor.readOnly')}</p>
      <RecordEntries record={record} label={t('record.entries', { name: record.doctor.name })} />
    </section>
  );
}
