import { useTranslation } from 'react-i18next';

/**
 * The server's length rules for a new password (10 to 128 characters), checked in the form so the
 * user hears of them at once; the server still judges common passwords and look-alikes of the name.
 */
export function useNewPasswordRules() {
  const { t } = useTranslation('accounts');
  return {
    required: t('validation.required'),
    minLength: { value: 10, message: t('validation.passwordLength') },
    maxLength: { value: 128, message: t('validation.maxLength', { count: 128 }) },
  };
}
