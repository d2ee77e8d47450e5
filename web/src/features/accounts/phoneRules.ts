import { useTranslation } from 'react-i18next';
import { toE164 } from '@/lib/phone';

/**
 * The form rules of a phone number field: a number as people type it (see lib/phone.ts), refused
 * next to the field, before any request, when it cannot be one. An optional field may stay empty.
 */
export function usePhoneRules({ required }: { required: boolean }) {
  const { t } = useTranslation('accounts');
  return {
    validate: (value: string) => {
      if (value.trim() === '') return !required || t('validation.required');
      return toE164(value) !== null || t('validation.phone');
    },
  };
}

/** A phone field's value for the server: E.164 once the rules passed; as typed otherwise, for the server to judge. */
export function phoneForServer(value: string): string {
  return toE164(value) ?? value.trim();
}
