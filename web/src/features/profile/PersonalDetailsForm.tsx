import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  bloodTypes, genders, type Gender, type Patient, type PatientChanges, type PersonalInfo,
} from '@/api/patients';
import { formatPhone } from '@/lib/phone';
import { phoneForServer, usePhoneRules } from '../accounts/phoneRules';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';
import { storedDay, today, useDayHint } from './dates';
import { useSavePatient } from './patientProfile';
import { SuccessStatus } from './SuccessStatus';

type PersonalInfoKey = keyof PersonalInfo;

/** Every control holds text: an empty one means "not given". */
interface PersonalDetails {
  dateOfBirth: string;
  gender: Gender | '';
  address: string;
  personalInfo: Record<PersonalInfoKey, string>;
}

const personalInfoKeys: readonly PersonalInfoKey[] = [
  'firstName', 'lastName', 'preferredLanguage', 'emergencyContactName', 'emergencyContactPhone',
  'bloodType', 'allergies', 'insuranceNumber',
];

// The form's names are the server's, so its field problems land on the right controls as they are.
const formFields: readonly Path<PersonalDetails>[] = [
  'dateOfBirth', 'gender', 'address', ...personalInfoKeys.map((key) => `personalInfo.${key}` as const),
];

function toFormValues(patient: Patient): PersonalDetails {
  return {
    dateOfBirth: storedDay(patient.dateOfBirth),
    gender: patient.gender ?? '',
    address: patient.address ?? '',
    personalInfo: {
      ...Object.fromEntries(personalInfoKeys.map((key) => [key, patient.personalInfo[key] ?? ''])),
      // As a person reads it; back to E.164 when saved.
      emergencyContactPhone: formatPhone(patient.personalInfo.emergencyContactPhone ?? ''),
    } as Record<PersonalInfoKey, string>,
  };
}

function toChanges(values: PersonalDetails): PatientChanges {
  const info = { ...values.personalInfo };
  info.emergencyContactPhone = phoneForServer(info.emergencyContactPhone);
  // personalInfo replaces the stored object as a whole: leaving out an empty field removes it.
  const personalInfo = Object.fromEntries(
    Object.entries(info)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([, value]) => value !== ''),
  ) as PersonalInfo;
  return {
    personalInfo,
    dateOfBirth: values.dateOfBirth || null,
    gender: values.gender || null,
    // The server keeps a blank address as "": null clears it for real.
    address: values.address.trim() || null,
  };
}

export function PersonalDetailsForm({ patient }: { patient: Patient }) {
  const { t } = useTranslation('profile');
  const form = useForm<PersonalDetails>({ defaultValues: toFormValues(patient) });
  const server = useServerForm(form);
  const save = useSavePatient();
  const { errors, isDirty } = form.formState;
  const dayHint = useDayHint();
  const phoneRules = usePhoneRules({ required: false });
  const maxLength = (count: number) => ({
    value: count,
    message: t('accounts:validation.maxLength', { count }),
  });

  const submit = server.handleSubmit((values) =>
    save.mutate(toChanges(values), {
      onSuccess: (saved) => form.reset(toFormValues(saved)),
      onError: (failure) => server.fail(failure, formFields),
    }),
  );

  return (
    <form className="profile-form" noValidate onSubmit={submit}>
      <fieldset>
        <legend>{t('personal.identity')}</legend>
        <div className="form-row">
          <Field label={t('personal.firstName')} error={errors.personalInfo?.firstName?.message}>
            <input autoComplete="given-name"
                   {...form.register('personalInfo.firstName', { maxLength: maxLength(100) })} />
          </Field>
          <Field label={t('personal.lastName')} error={errors.personalInfo?.lastName?.message}>
            <input autoComplete="family-name"
                   {...form.register('personalInfo.lastName', { maxLength: maxLength(100) })} />
          </Field>
        </div>
        <div className="form-row">
          <Field label={t('personal.dateOfBirth')} hint={dayHint(form.watch('dateOfBirth'))}
                 error={errors.dateOfBirth?.message}>
            {/* max only guides the date picker: the server says whether a typed date is in the future. */}
            <input type="date" autoComplete="bday" max={today()} {...form.register('dateOfBirth')} />
          </Field>
          <Field label={t('personal.gender')} error={errors.gender?.message}>
            <select {...form.register('gender')}>
              <option value="">{t('personal.notSpecified')}</option>
              {genders.map((gender) => (
                <option key={gender} value={gender}>{t(`personal.genders.${gender}`)}</option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={t('personal.preferredLanguage')} hint={t('personal.preferredLanguageHint')}
               error={errors.personalInfo?.preferredLanguage?.message}>
          <input autoComplete="language"
                 {...form.register('personalInfo.preferredLanguage', { maxLength: maxLength(35) })} />
        </Field>
        <Field label={t('personal.address')} error={errors.address?.message}>
          <textarea rows={3} autoComplete="street-address"
                    {...form.register('address', { maxLength: maxLength(300) })} />
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('personal.emergencyContact')}</legend>
        <div className="form-row">
          <Field label={t('personal.emergencyContactName')}
                 error={errors.personalInfo?.emergencyContactName?.message}>
            <input {...form.register('personalInfo.emergencyContactName', { maxLength: maxLength(100) })} />
          </Field>
          <Field label={t('personal.emergencyContactPhone')} hint={t('accounts:fields.phoneHint')}
                 error={errors.personalInfo?.emergencyContactPhone?.message}>
            <input type="tel" {...form.register('personalInfo.emergencyContactPhone', phoneRules)} />
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('personal.health')}</legend>
        <div className="form-row">
          <Field label={t('personal.bloodType')} error={errors.personalInfo?.bloodType?.message}>
            <select {...form.register('personalInfo.bloodType')}>
              <option value="">{t('personal.unknown')}</option>
              {bloodTypes.map((bloodType) => (
                <option key={bloodType} value={bloodType}>{bloodType}</option>
              ))}
            </select>
          </Field>
          <Field label={t('personal.insuranceNumber')} error={errors.personalInfo?.insuranceNumber?.message}>
            <input {...form.register('personalInfo.insuranceNumber', { maxLength: maxLength(50) })} />
          </Field>
        </div>
        <Field label={t('personal.allergies')} hint={t('personal.allergiesHint')}
               error={errors.personalInfo?.allergies?.message}>
          <textarea rows={3} {...form.register('personalInfo.allergies', { maxLength: maxLength(1000) })} />
        </Field>
      </fieldset>

      <ErrorAlert error={server.error} shownFields={server.shownFields} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('personal.save')}
        </button>
      </div>
      <SuccessStatus message={save.isSuccess && !isDirty ? t('personal.saved') : null} />
    </form>
  );
}
