import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Patient } from '@/api/patients';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';
import { useSavePatient } from './patientProfile';
import { SuccessStatus } from './SuccessStatus';
import { MedicalHistoryEntryFieldset } from './MedicalHistoryEntryFieldset';
import {
  emptyEntry, entryFieldPaths, toChanges, toFormValues, type MedicalHistoryValues,
} from './medicalHistoryValues';

const maxEntries = 100;

/**
 * The history edited as a list and saved as a whole, as the API replaces it: removing or adding
 * an entry takes effect when the list is saved, and "Undo my changes" brings back the saved one.
 */
export function MedicalHistoryForm({ patient }: { patient: Patient }) {
  const { t } = useTranslation('profile');
  const form = useForm<MedicalHistoryValues>({ defaultValues: toFormValues(patient) });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'medicalHistory' });
  const server = useServerForm(form);
  const save = useSavePatient();
  const [removal, setRemoval] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterRemoval = useRef<number | null>(null);
  const { isDirty } = form.formState;

  // A removed entry's fieldset held the focus: hand it to the entry now in its place, or to the
  // "Add" button after the last one, rather than letting it fall back to the page's start.
  useEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === null) return;
    focusAfterRemoval.current = null;
    if (index < fields.length) form.setFocus(`medicalHistory.${index}.condition`);
    else addButton.current?.focus();
  }, [fields, form]);

  function removeEntry(index: number) {
    focusAfterRemoval.current = index;
    remove(index);
    setRemoval(t('history.removed', { number: index + 1 }));
  }

  function submit(event: FormEvent) {
    // A problem with an entry as a whole (its `_id`) sits on no control that validation would
    // clear, and would block every later submission.
    form.clearErrors();
    setRemoval('');
    void server.handleSubmit((values) =>
      save.mutate({ medicalHistory: toChanges(values) }, {
        onSuccess: (saved) => form.reset(toFormValues(saved)),
        onError: (failure) => server.fail(failure, entryFieldPaths(values.medicalHistory.length)),
      }),
    )(event);
  }

  return (
    <form className="profile-form" noValidate onSubmit={submit}>
      {fields.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="profile-entries">
          {fields.map((field, index) => (
            <li key={field.id}>
              <MedicalHistoryEntryFieldset index={index} form={form} onRemove={() => removeEntry(index)} />
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status">{removal}</p>
      <div className="form-actions">
        <button ref={addButton} type="button" className="button button-secondary"
                disabled={fields.length >= maxEntries} onClick={() => append(emptyEntry)}>
          {t('history.add')}
        </button>
        {fields.length >= maxEntries && <p className="muted">{t('history.limit', { count: maxEntries })}</p>}
      </div>
      <ErrorAlert error={server.error} shownFields={server.shownFields} />
      {isDirty && <p className="profile-unsaved">{t('history.unsaved')}</p>}
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('history.save')}
        </button>
        {isDirty && (
          <button type="button" className="button button-secondary"
                  onClick={() => { form.reset(); save.reset(); server.clear(); }}>
            {t('history.undo')}
          </button>
        )}
      </div>
      <SuccessStatus message={save.isSuccess && !isDirty ? t('history.saved') : null} />
    </form>
  );
}
