import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { practiceApi, type Doctor, type VisitReason } from '@/api/doctors';
import { reasonModes } from '@/lib/consultationModes';
import { formatPrice } from '@/lib/time';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';
import { StatusMessage } from '../StatusMessage';
import { isConsultationMinutes, isOptionalFee } from '../formRules';
import { practiceKeys } from '../queries';
import {
  newVisitReasonValues, toVisitReasonChanges, toVisitReasonValues, visitReasonFields, type VisitReasonValues,
} from './visitReasonForm';
import '../practice.css';

const NAME_MAX = 100;
const INSTRUCTIONS_MAX = 1000;

interface VisitReasonFormProps {
  doctor: Doctor;
  /** The reason to change, in place; without one, the form adds reasons, one after another. */
  reason?: VisitReason;
  /** The element naming the form (the reason's name while it is changed). */
  labelledBy?: string;
  onSaved?: (reason: VisitReason) => void;
  onCancel?: () => void;
}

export function VisitReasonForm({ doctor, reason, labelledBy, onSaved, onCancel }: VisitReasonFormProps) {
  const { t } = useTranslation('practice');
  const queryClient = useQueryClient();
  const patientsHintId = useId();
  const modeHintId = useId();
  const modeErrorId = useId();
  const [added, setAdded] = useState<string | null>(null);
  const blank = newVisitReasonValues(doctor.consultationMinutes, doctor.consultationModes);
  // Only the ways the doctor consults (the server refuses others), and the reason's own.
  const modes = reasonModes(doctor.consultationModes, reason?.mode);
  const form = useForm<VisitReasonValues>({ defaultValues: reason ? toVisitReasonValues(reason) : blank });
  const server = useServerForm(form);
  // Opened to change a reason: straight to its name (once: a refetched reason is a new object).
  const changing = reason !== undefined;
  useEffect(() => {
    if (changing) form.setFocus('name');
  }, [form, changing]);
  const save = useMutation({
    mutationFn: (values: VisitReasonValues) => reason
      ? practiceApi.updateVisitReason(reason._id, toVisitReasonChanges(values))
      : practiceApi.addVisitReason(toVisitReasonChanges(values)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.visitReasons });
      if (!reason) {
        form.reset(blank);
        setAdded(t('visitReasons.added', { name: saved.name }));
      }
      onSaved?.(saved);
    },
    onError: (failure) => server.fail(failure, visitReasonFields),
  });
  const { errors } = form.formState;
  const ownFee = doctor.price !== null && doctor.currency !== null ? formatPrice(doctor.price, doctor.currency) : null;

  return (
    <form className={reason ? 'practice-form' : 'card practice-form'} aria-labelledby={labelledBy} noValidate
          onSubmit={server.handleSubmit((values) => {
            setAdded(null);
            save.mutate(values);
          })}>
      <Field label={t('visitReasons.name')} hint={t('visitReasons.nameHint')} error={errors.name?.message}>
        <input maxLength={NAME_MAX} {...form.register('name', {
          validate: (name) => name.trim() !== '' || t('validation.required'),
        })} />
      </Field>
      <div className="form-row">
        <Field label={t('visitReasons.duration')}
               hint={t('visitReasons.durationHint', { minutes: doctor.consultationMinutes })}
               error={errors.durationMinutes?.message}>
          <input type="number" inputMode="numeric" min={10} max={240} step={5} {...form.register('durationMinutes', {
            validate: (value) => isConsultationMinutes(value) || t('validation.consultationMinutes'),
          })} />
        </Field>
        <Field label={t('visitReasons.price')}
               hint={ownFee ? t('visitReasons.priceHintWithFee', { fee: ownFee }) : t('visitReasons.priceHint')}
               error={errors.price?.message}>
          <input type="number" inputMode="decimal" min={0} max={100000} step={0.01} {...form.register('price', {
            validate: (value) => isOptionalFee(value) || t('validation.price'),
          })} />
        </Field>
      </div>
      <fieldset className={errors.mode ? 'field-invalid' : undefined}
                aria-describedby={errors.mode ? `${modeHintId} ${modeErrorId}` : modeHintId}>
        <legend>{t('visitReasons.mode')}</legend>
        <p className="field-hint" id={modeHintId}>
          <Trans t={t} i18nKey={modes.length > 1 ? 'visitReasons.modeHint' : 'visitReasons.onlyModeHint'}
                 components={{ profile: <Link to="/practice/profile" /> }} />
        </p>
        {modes.map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" value={mode} {...form.register('mode')} />
            {t(`visitReasons.modes.${mode}`)}
          </label>
        ))}
        {errors.mode && <p className="field-error" id={modeErrorId}>{errors.mode.message}</p>}
      </fieldset>
      <fieldset aria-describedby={patientsHintId}>
        <legend>{t('visitReasons.patients')}</legend>
        <p className="field-hint" id={patientsHintId}>{t('visitReasons.patientsHint')}</p>
        {(['all', 'known'] as const).map((patients) => (
          <label key={patients} className="choice">
            <input type="radio" value={patients} {...form.register('patients')} />
            {t(`visitReasons.forPatients.${patients}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('visitReasons.instructions')} error={errors.instructions?.message}
             hint={t('visitReasons.instructionsHint', { count: INSTRUCTIONS_MAX })}>
        <textarea rows={3} {...form.register('instructions', {
          validate: (text) => [...text.trim()].length <= INSTRUCTIONS_MAX ||
            t('validation.maxLength', { max: INSTRUCTIONS_MAX }),
        })} />
      </Field>
      <ErrorAlert error={server.error} shownFields={server.shownFields} />
      <StatusMessage message={added} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('actions.saving') : t(reason ? 'visitReasons.save' : 'visitReasons.add')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('visitReasons.cancelEdit')}
          </button>
        )}
      </div>
    </form>
  );
}
