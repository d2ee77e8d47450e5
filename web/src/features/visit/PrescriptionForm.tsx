import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { useFieldArray, useForm, type UseFormReturn } from 'react-hook-form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import { teleconsultationsApi, type Teleconsultation } from '@/api/teleconsultations';
import { isTooLong } from '@/lib/textLength';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Field } from '@/ui/Field';
import { useServerForm } from '@/ui/useServerForm';
import {
  emptyLine, lineMaxLengths, maxLines, notesMaxLength, prescriptionFieldPaths, prescriptionValues,
  toPrescriptionInput, type LineField, type PrescriptionValues,
} from './prescriptionRules';
import { useRefreshTeleconsultation } from './useRefreshTeleconsultation';

interface PrescriptionFormProps {
  teleconsultation: Teleconsultation;
  /** Called once the prescription is saved and the consultation read again. */
  onSaved: () => void;
  /** Back to the prescription as it was; none for a first one. */
  onCancel?: (() => void) | undefined;
  /** Takes the focus when opened by a button, which it replaces. */
  autoFocus?: boolean;
}

/**
 * The doctor writes the prescription, or rewrites it from the one saved: lines of medications and
 * notes, saved as a whole (the server replaces the prescription, and its PDF with it).
 */
export function PrescriptionForm({ teleconsultation, onSaved, onCancel, autoFocus = false }: PrescriptionFormProps) {
  const { t } = useTranslation('visit');
  const headingId = useId();
  const form = useForm<PrescriptionValues>({ defaultValues: prescriptionValues(teleconsultation) });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'items' });
  const server = useServerForm(form);
  const refresh = useRefreshTeleconsultation();
  const [removal, setRemoval] = useState('');
  useEffect(() => {
    if (autoFocus) form.setFocus('items.0.medication');
  }, [autoFocus, form]);
  const save = useMutation({
    mutationFn: (values: PrescriptionValues) =>
      teleconsultationsApi.writePrescription(teleconsultation._id, toPrescriptionInput(values)),
    onSuccess: async () => {
      await refresh(teleconsultation._id);
      onSaved();
    },
  });
  const submit = server.handleSubmit((values) => save.mutate(values, {
    onError: (failure) => server.fail(failure, prescriptionFieldPaths(values.items.length)),
  }));
  const removeLine = (index: number) => {
    remove(index);
    setRemoval(t('prescription.lineRemoved', { number: index + 1 }));
    // The line's button had the focus: hand it to the line now in its place, or to the last one.
    requestAnimationFrame(() => form.setFocus(`items.${Math.min(index, fields.length - 2)}.medication`));
  };
  const notesTooLong = t('accounts:validation.maxLength', { count: notesMaxLength });
  return (
    <form className="visit-prescription-form" noValidate aria-labelledby={headingId}
          onSubmit={(event) => void submit(event)}>
      <h4 id={headingId}>{t(teleconsultation.prescribedAt ? 'prescription.edit' : 'prescription.write')}</h4>
      <p className="muted">{t('prescription.intro')}</p>
      <ol className="visit-prescription-form-lines">
        {fields.map((field, index) => (
          <li key={field.id}>
            <LineFieldset form={form} index={index} onRemove={fields.length > 1 ? () => removeLine(index) : undefined} />
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">{removal}</p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" disabled={fields.length >= maxLines}
                onClick={() => { setRemoval(''); append(emptyLine); }}>
          {t('prescription.addLine')}
        </button>
        {fields.length >= maxLines && <p className="muted">{t('prescription.maxLines', { count: maxLines })}</p>}
      </div>
      <Field label={t('papers.notes')} hint={t('prescription.notesHint')} error={form.formState.errors.notes?.message}>
        <textarea rows={3} {...form.register('notes', {
          validate: (value) => !isTooLong(value, notesMaxLength) || notesTooLong,
        })} />
      </Field>
      <SaveError error={server.error} shownFields={server.shownFields} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t(save.isPending ? 'prescription.saving' : 'prescription.save')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

interface LineFieldsetProps {
  form: UseFormReturn<PrescriptionValues>;
  index: number;
  /** None for the only line: a prescription has at least one. */
  onRemove: (() => void) | undefined;
}

/** One line of the prescription, its fields named after the line so that each label is unique. */
function LineFieldset({ form, index, onRemove }: LineFieldsetProps) {
  const { t } = useTranslation('visit');
  const number = index + 1;
  const errors = form.formState.errors.items?.[index];
  // Sighted users read the line from the legend; screen readers and voice control need it in each name.
  const ofLine = <span className="visually-hidden"> {t('prescription.ofLine', { number })}</span>;
  const register = (field: LineField) => form.register(`items.${index}.${field}`, {
    validate: (value) => {
      if (field === 'medication' && value.trim() === '') return t('prescription.medicationRequired');
      return !isTooLong(value, lineMaxLengths[field])
        || t('accounts:validation.maxLength', { count: lineMaxLengths[field] });
    },
  });
  const input = (field: Exclude<LineField, 'instructions'>) => (
    <Field label={<>{t(`prescription.${field}`)}{ofLine}</>} error={errors?.[field]?.message}>
      <input {...register(field)} />
    </Field>
  );
  return (
    <fieldset className="visit-prescription-line">
      <legend>{t('prescription.line', { number })}</legend>
      {input('medication')}
      <div className="form-row">
        {input('dosage')}
        {input('frequency')}
        {input('duration')}
      </div>
      <Field label={<>{t('prescription.instructions')}{ofLine}</>} error={errors?.instructions?.message}>
        <textarea rows={2} {...register('instructions')} />
      </Field>
      {onRemove && (
        <div className="form-actions">
          <button type="button" className="button button-secondary button-small" onClick={onRemove}>
            {t('prescription.removeLine')}{ofLine}
          </button>
        </div>
      )}
    </fieldset>
  );
}

/**
 * Why the prescription was not saved. Without an RPPS number, the link to the profile opens in
 * another tab: leaving this page would end the call and lose what the form holds.
 */
function SaveError({ error, shownFields }: { error: unknown; shownFields: readonly string[] }) {
  const { t } = useTranslation('visit');
  if (!(error instanceof ApiError && error.code === 'rpps_number_missing')) {
    return <ErrorAlert error={error} shownFields={shownFields} />;
  }
  return (
    <div className="alert alert-error" role="alert">
      <p>{t('prescription.rppsMissing')}</p>
      <p>
        <Link to="/practice/profile" target="_blank" rel="noopener">
          {t('prescription.rppsLink')}
          <span className="visually-hidden"> {t('prescription.newTab')}</span>
        </Link>
      </p>
    </div>
  );
}
