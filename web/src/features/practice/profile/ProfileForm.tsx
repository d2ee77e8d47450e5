import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { practiceApi, type Doctor } from '@/api/doctors';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { retryFor } from '@/ui/retryFor';
import { useServerForm } from '@/ui/useServerForm';
import { useSpecialties } from '@/features/specialties/useSpecialties';
import { StatusMessage } from '../StatusMessage';
import { isConsultationMinutes, isOptionalFee, wholeNumber } from '../formRules';
import { practiceKeys } from '../queries';
import { ConsultationModesField, PrepaymentField, RppsNumberField } from './ConsultationFields';
import { PracticeFields } from './PracticeFields';
import {
  profileFieldNames, profileFields, toDoctorChanges, toProfileValues, type ProfileValues,
} from './profileValues';
import { timeZoneOptions } from './timeZones';

export function ProfileForm({ doctor }: { doctor: Doctor }) {
  const { t } = useTranslation('practice');
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<ProfileValues>({ defaultValues: toProfileValues(doctor) });
  const server = useServerForm(form);
  const save = useMutation({
    mutationFn: (values: ProfileValues) => practiceApi.update(toDoctorChanges(values, doctor)),
    onSuccess: (updated) => {
      queryClient.setQueryData(practiceKeys.doctor, updated);
      form.reset(toProfileValues(updated));
      setSaved(updated.listed ? t('profile.savedListed') : t('profile.saved'));
    },
    onError: (failure) => server.fail(failure, profileFields, profileFieldNames),
  });
  const { errors } = form.formState;
  const optionalText = (min: number, max: number) => (value: string) => {
    const length = [...value.trim()].length;
    return length === 0 || (length >= min && length <= max) || t('validation.length', { min, max });
  };

  return (
    <form className="card practice-form" noValidate onSubmit={server.handleSubmit((values) => {
      setSaved(null);
      save.mutate(values);
    })}>
      <SpecialtyField form={form} current={doctor.specialty} />
      <RppsNumberField form={form} />
      <div className="form-row">
        <Field label={t('profile.experience')} error={errors.experience?.message}>
          <input type="number" inputMode="numeric" min={0} max={80} step={1} {...form.register('experience', {
            validate: (value) => value === '' || (wholeNumber.test(value) && Number(value) <= 80) ||
              t('validation.wholeNumber', { min: 0, max: 80 }),
          })} />
        </Field>
        <Field label={t('profile.price')} error={errors.price?.message}>
          <input type="number" inputMode="decimal" min={0} max={100000} step={0.01} {...form.register('price', {
            validate: (value) => isOptionalFee(value) || t('validation.price'),
          })} />
        </Field>
      </div>
      <Field label={t('profile.location')} hint={t('profile.locationHint')} error={errors.location?.message}>
        <input autoComplete="address-level2" {...form.register('location', { validate: optionalText(2, 200) })} />
      </Field>
      <PracticeFields form={form} doctor={doctor} />
      <ConsultationModesField form={form} />
      <PrepaymentField form={form} />
      <Field label={t('profile.consultationMinutes')} hint={t('profile.consultationMinutesHint')}
             error={errors.consultationMinutes?.message}>
        <input className="practice-short" type="number" inputMode="numeric" min={10} max={240} step={5}
               {...form.register('consultationMinutes', {
                 validate: (value) => isConsultationMinutes(value) || t('validation.consultationMinutes'),
               })} />
      </Field>
      <Field label={t('profile.timezone')} hint={t('profile.timezoneHint')} error={errors.timezone?.message}>
        <select {...form.register('timezone', { required: t('validation.required') })}>
          {timeZoneOptions(doctor.timezone).map((zone) => (
            <option key={zone} value={zone}>{zone.replace(/_/g, ' ')}</option>
          ))}
        </select>
      </Field>
      <Field label={t('profile.about')} hint={t('profile.aboutHint')} error={errors.about?.message}>
        <textarea rows={5} {...form.register('about', {
          validate: (value) => [...value.trim()].length <= 2000 || t('validation.maxLength', { max: 2000 }),
        })} />
      </Field>
      <ErrorAlert error={server.error} shownFields={server.shownFields} />
      <StatusMessage message={saved} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('actions.saving') : t('profile.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * The specialty, picked from the catalogue by its name in the app's language. A text written
 * before the catalogue stays an option, as written, until the doctor picks from the list.
 */
function SpecialtyField({ form, current }: { form: UseFormReturn<ProfileValues>; current: string | null }) {
  const { t } = useTranslation('practice');
  const specialties = useSpecialties();
  const catalogue = specialties.data ?? [];
  // Before the list arrives the current value is an option too, so the select keeps it.
  const unlisted = current && !catalogue.some((entry) => entry.specialty === current)
    ? [{ specialty: current, name: current }]
    : [];
  return (
    <>
      <Field label={t('profile.specialty')} hint={t('profile.specialtyHint')}
             error={form.formState.errors.specialty?.message}>
        <select {...form.register('specialty')}>
          <option value="">{t('profile.noSpecialty')}</option>
          {[...unlisted, ...catalogue].map(({ specialty, name }) => (
            <option key={specialty} value={specialty}>{name}</option>
          ))}
        </select>
      </Field>
      {specialties.isError && <ErrorAlert error={specialties.error} onRetry={retryFor(specialties)} />}
    </>
  );
}
