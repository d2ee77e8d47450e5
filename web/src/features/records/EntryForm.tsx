import { useForm, useWatch } from 'react-hook-form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MedicalRecord, MedicalRecordEntry } from '@/api/medicalRecords';
import { AttachmentPicker, useUploads } from '@/features/files/AttachmentPicker';
import { today, useDayHint } from '@/features/profile/dates';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Field } from '@/ui/Field';
import { useServerForm } from '@/ui/useServerForm';
import { descriptionLeft, maxEntryAttachments, valuesOf, type EntryValues } from './entryRules';
import './records.css';

interface EntryFormProps {
  /** The entry to change; a new one without. */
  entry?: MedicalRecordEntry;
  /** Sends the values and the uploaded files' ids; answers the record as saved. */
  save: (values: EntryValues, attachments: string[]) => Promise<MedicalRecord | void>;
  onSaved: () => void;
  onCancel: () => void;
}

/** Writes a new entry or changes one: its day, its text and its documents. */
export function EntryForm({ entry, save, onSaved, onCancel }: EntryFormProps) {
  const { t } = useTranslation('records');
  const form = useForm<EntryValues>({ defaultValues: valuesOf(entry, today()) });
  const server = useServerForm(form);
  const uploads = useUploads({ max: maxEntryAttachments, initial: entry?.attachments });
  const dayHint = useDayHint();
  const [date, description] = useWatch({ control: form.control, name: ['date', 'description'] });
  const left = descriptionLeft(description);
  const mutation = useMutation({
    mutationFn: (values: EntryValues) => save(values, uploads.ids),
    onSuccess: onSaved,
  });
  const errors = form.formState.errors;
  const submit = server.handleSubmit((values) =>
    mutation.mutate(values, { onError: (failure) => server.fail(failure, ['date', 'description']) }));
  return (
    <form className="records-entry-form" noValidate onSubmit={(event) => void submit(event)}>
      <Field label={t('form.date')} hint={dayHint(date, t('form.dateHint'))} error={errors.date?.message}>
        {/* max only guides the date picker: the server says whether a typed date is in the future. */}
        <input type="date" max={today()} {...form.register('date', { required: t('form.dateRequired') })} />
      </Field>
      <Field label={t('form.description')} error={errors.description?.message}
             hint={left < 1000 ? t('form.left', { count: left }) : undefined}>
        <textarea rows={5} {...form.register('description', {
          validate: (value) => {
            if (value.trim() === '') return t('form.descriptionRequired');
            return descriptionLeft(value) >= 0 || t('form.tooLong', { count: -descriptionLeft(value) });
          },
        })} />
      </Field>
      <AttachmentPicker uploads={uploads} label={t('files.label')} hint={t('files.hint', { max: maxEntryAttachments })}
                        listLabel={t('files.chosen')} />
      <ErrorAlert error={server.error} shownFields={server.shownFields} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={mutation.isPending || uploads.busy}>
          {t(mutation.isPending ? 'form.saving' : entry ? 'form.saveChanges' : 'form.add')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>{t('form.cancel')}</button>
        {uploads.busy && <p className="muted records-wait">{t('form.waitForUploads')}</p>}
      </div>
    </form>
  );
}
