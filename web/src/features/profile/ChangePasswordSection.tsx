import { useForm } from 'react-hook-form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '@/api/accounts';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';
import { Section } from './Section';
import { SuccessStatus } from './SuccessStatus';
import { useNewPasswordRules } from '../accounts/newPasswordRules';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

const serverFields = ['currentPassword', 'newPassword'] as const;
const emptyForm: PasswordChange = { currentPassword: '', newPassword: '', confirmation: '' };

export function ChangePasswordSection() {
  const { t } = useTranslation('profile');
  const newPasswordRules = useNewPasswordRules();
  const form = useForm<PasswordChange>({ defaultValues: emptyForm });
  const server = useServerForm(form);
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordChange) =>
      accountsApi.changePassword(currentPassword, newPassword),
    // Passwords are not left in the page once they have done their job.
    onSuccess: () => form.reset(emptyForm),
    onError: (failure) => server.fail(failure, serverFields),
  });
  const { errors, isDirty } = form.formState;

  return (
    <Section title={t('password.title')}>
      <form noValidate onSubmit={server.handleSubmit((values) => change.mutate(values))}>
        <Field label={t('password.current')} error={errors.currentPassword?.message}>
          <input type="password" autoComplete="current-password"
                 {...form.register('currentPassword', { required: t('accounts:validation.required') })} />
        </Field>
        <Field label={t('accounts:fields.newPassword')} hint={t('accounts:fields.passwordHint')}
               error={errors.newPassword?.message}>
          <input type="password" autoComplete="new-password" {...form.register('newPassword', newPasswordRules)} />
        </Field>
        <Field label={t('accounts:fields.confirmPassword')} error={errors.confirmation?.message}>
          <input type="password" autoComplete="new-password" {...form.register('confirmation', {
            validate: (value, values) => value === values.newPassword || t('accounts:validation.passwordsDiffer'),
          })} />
        </Field>
        <ErrorAlert error={server.error} shownFields={server.shownFields} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={change.isPending}>
            {t('password.submit')}
          </button>
        </div>
        <SuccessStatus message={change.isSuccess && !isDirty ? t('password.done') : null} />
      </form>
    </Section>
  );
}
