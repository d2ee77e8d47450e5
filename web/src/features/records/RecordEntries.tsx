import { useId, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { medicalRecordsApi, type MedicalRecord, type MedicalRecordEntry } from '@/api/medicalRecords';
import { useSession } from '@/auth/session';
import { AttachmentList } from '@/features/files/AttachmentList';
import { SuccessStatus } from '@/features/profile/SuccessStatus';
import { formatDate } from '@/lib/time';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { EntryForm } from './EntryForm';
import { toChanges } from './entryRules';
import { useRefreshRecords } from './queries';
import './records.css';

/** An entry's day in words: entries are dated by calendar day, kept as midnight UTC. */
export function entryDate(entry: Pick<MedicalRecordEntry, 'date'>): string {
  return formatDate(entry.date, 'UTC', { dateStyle: 'long' });
}

interface RecordEntriesProps {
  record: MedicalRecord;
  /** What the list is called for screen readers ("Entries of Dr Martin's record"). */
  label: string;
}

/** A record's entries, newest first; their authors may change or delete them. */
export function RecordEntries({ record, label }: RecordEntriesProps) {
  const { t } = useTranslation('records');
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      {record.records.length === 0 ? (
        <p className="muted">{t('record.empty')}</p>
      ) : (
        <ol className="records-entries" aria-label={label}>
          {record.records.map((entry) => (
            <li key={entry._id}>
              <EntryItem record={record} entry={entry} onDeleted={() => setStatus(t('entry.deleted'))}
                         onSaved={() => setStatus(t('entry.saved'))} />
            </li>
          ))}
        </ol>
      )}
      <SuccessStatus message={status} />
    </>
  );
}

interface EntryItemProps {
  record: MedicalRecord;
  entry: MedicalRecordEntry;
  onSaved: () => void;
  onDeleted: () => void;
}

function EntryItem({ record, entry, onSaved, onDeleted }: EntryItemProps) {
  const { t } = useTranslation('records');
  const me = useSession().user?._id;
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const refresh = useRefreshRecords();
  const remove = useMutation({
    mutationFn: () => medicalRecordsApi.deleteEntry(record._id ?? '', entry._id),
    onSuccess: async () => {
      onDeleted();
      await refresh();
    },
  });
  const mine = entry.authorId === me;
  const date = entryDate(entry);
  const author = mine ? t('entry.byYou')
    : entry.author === 'doctor' ? t('entry.byDoctor', { name: record.doctor.name })
      : t('entry.byPatient', { name: record.patient.name });
  const ofEntry = <span className="visually-hidden"> {t('entry.ofEntry', { date })}</span>;

  if (editing) {
    return (
      <article className="records-entry" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('entry.editing', { date })}</h3>
        <EntryForm entry={entry}
                   save={(values, attachments) =>
                     medicalRecordsApi.updateEntry(record._id ?? '', entry._id, toChanges(entry, values, attachments))}
                   onSaved={() => {
                     setEditing(false);
                     onSaved();
                     void refresh();
                   }}
                   onCancel={() => {
                     setEditing(false);
                     requestAnimationFrame(() => editButton.current?.focus());
                   }} />
      </article>
    );
  }
  return (
    <article className="records-entry" aria-labelledby={headingId}>
      <div className="records-entry-head">
        <h3 id={headingId}>{date}</h3>
        <span className={entry.author === 'doctor' ? 'badge' : 'badge badge-neutral'}>{author}</span>
      </div>
      <p className="records-entry-text">{entry.description}</p>
      <AttachmentList files={entry.attachments} label={t('files.attached')} />
      {mine && (
        <div className="records-entry-actions">
          {confirming ? (
            <>
              <p className="records-confirm">{t('entry.confirmDelete')}</p>
              <button type="button" className="button button-danger button-small" disabled={remove.isPending}
                      onClick={() => remove.mutate()}>
                {t(remove.isPending ? 'entry.deleting' : 'entry.delete')}{ofEntry}
              </button>
              <button type="button" className="button button-secondary button-small"
                      onClick={() => { setConfirming(false); remove.reset(); }}>
                {t('entry.keep')}
              </button>
            </>
          ) : (
            <>
              <button ref={editButton} type="button" className="button button-secondary button-small"
                      onClick={() => setEditing(true)}>
                {t('entry.edit')}{ofEntry}
              </button>
              <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(true)}>
                {t('entry.delete')}{ofEntry}
              </button>
            </>
          )}
        </div>
      )}
      <ErrorAlert error={remove.error} />
    </article>
  );
}
