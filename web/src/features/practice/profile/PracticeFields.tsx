import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Doctor } from '@/api/doctors';
import { currentLocale } from '@/i18n';
import { languageName } from '@/lib/languages';
import { Field } from '@/ui/Field';
import { usePhoneRules } from '@/features/accounts/phoneRules';
import { capitalize } from '../capitalize';
import { hasAddress, type ProfileValues } from './profileValues';
import '../practice.css';

/** The languages most often spoken at French practices, offered as checkboxes. */
const usualLanguages = ['fr', 'en', 'es', 'de', 'it', 'ar', 'pt', 'zh'];

/** France and the French-speaking countries near it or beyond, for a practice's address. */
const usualCountries = ['FR', 'BE', 'CH', 'LU', 'MC', 'CA'];

const NOTES_MAX = 1000;

/** The usual choices, plus the doctor's own when they are not among them, so saving keeps them. */
function withCurrent(usual: string[], current: readonly string[]): string[] {
  return [...new Set([...usual, ...current])];
}

/** Where the practice is, its phone, how to find one's way in and the languages spoken there. */
export function PracticeFields({ form, doctor }: { form: UseFormReturn<ProfileValues>; doctor: Doctor }) {
  const { t } = useTranslation('practice');
  const addressHintId = useId();
  const phoneRules = usePhoneRules({ required: false });
  const { errors } = form.formState;
  const regionNames = new Intl.DisplayNames([currentLocale()], { type: 'region' });
  const countries = withCurrent(usualCountries, doctor.address ? [doctor.address.country] : [])
    .map((code) => ({ code, name: regionNames.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, currentLocale()));
  // Street, postcode and city go together: one of them given, the others are needed too.
  const addressPart = (min: number, max: number) => (value: string, values: ProfileValues) => {
    const length = [...value.trim()].length;
    if (length === 0) return !hasAddress(values) || t('profile.addressIncomplete');
    return (length >= min && length <= max) || t('profile.addressLength', { min, max });
  };

  return (
    <>
      <fieldset aria-describedby={addressHintId}>
        <legend>{t('profile.address')}</legend>
        <p className="field-hint" id={addressHintId}>{t('profile.addressHint')}</p>
        <Field label={t('profile.street')} error={errors.street?.message}>
          <input {...form.register('street', { validate: addressPart(2, 200) })} />
        </Field>
        <div className="form-row">
          <Field label={t('profile.postcode')} error={errors.postcode?.message}>
            <input {...form.register('postcode', { validate: addressPart(2, 12) })} />
          </Field>
          <Field label={t('profile.city')} error={errors.city?.message}>
            <input {...form.register('city', { validate: addressPart(2, 100) })} />
          </Field>
        </div>
        <Field label={t('profile.country')}>
          <select {...form.register('country')}>
            {countries.map(({ code, name }) => <option key={code} value={code}>{name}</option>)}
          </select>
        </Field>
      </fieldset>
      <Field label={t('profile.phone')} hint={t('profile.phoneHint')} error={errors.phone?.message}>
        <input type="tel" {...form.register('phone', phoneRules)} />
      </Field>
      <Field label={t('profile.accessNotes')} hint={t('profile.accessNotesHint')}
             error={errors.accessNotes?.message}>
        <textarea rows={3} {...form.register('accessNotes', {
          validate: (value) => [...value.trim()].length <= NOTES_MAX || t('validation.maxLength', { max: NOTES_MAX }),
        })} />
      </Field>
      <fieldset>
        <legend>{t('profile.languages')}</legend>
        <div className="practice-languages">
          {withCurrent(usualLanguages, doctor.languages).map((code) => (
            <label key={code} className="choice">
              <input type="checkbox" value={code} {...form.register('languages')} />
              {capitalize(languageName(code))}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
