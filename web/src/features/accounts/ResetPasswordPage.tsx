import { useForm } from 'react-hook-form';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '@/api/accounts';
import { Page } from '@/ui/Page';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';
import { useNewPasswordRules } from './newPasswordRules';

interface ResetForm {
  password: string;
  confirmation: string;
}

export function ResetPasswordPage() {
  const { t } = useTranslation('accounts');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const newPasswordRules = useNewPasswordRules();
  const form = useForm<ResetForm>({ defaultValues: { password: '', confirmation: '' } });
  const server = useServerForm(form);
  const reset = useMutation({
    mutationFn: ({ password }: ResetForm) => accountsApi.resetPassword(token, password),
    onError: (failure) => server.fail(failure, ['password']),
  });
  const { errors } = form.formState;

  return (
    <Page title={t('reset.title')}>
      <div className="card narrow">
        {reset.isSuccess ? (
          <>
            <div className="alert alert-success" role="status">
              <p>{t('reset.done')}</p>
            </div>
            <p>
              <Link className="button" to="/login">{t('reset.login')}</Link>
            </p>
          </>
        ) : (
          <form noValidate onSubmit={server.handleSubmit((values) => reset.mutate(values))}>
            <Field label={t('fields.newPassword')} hint={t('fields.passwordHint')} error={errors.password?.message}>
              <input type="password" autoComplete="new-password" {...form.register('password', newPasswordRules)} />
            </Field>
            <Field label={t('fields.confirmPassword')} error={errors.confirmation?.message}>
              <input type="password" autoComplete="new-password" {...form.register('confirmation', {
                validate: (value, values) => value === values.password || t('validation.passwordsDiffer'),
              })} />
            </Field>
            <ErrorAlert error={server.error} shownFields={server.shownFields} />
            {server.error !== null && (
              <p><Link to="/forgot-password">{t('reset.newLink')}</Link></p>
            )}
            <div className="form-actions">
              <button type="submit" className="button" disabled={reset.isPending}>
                {t('reset.submit')}
              </button>
            </div>
          </form>
        )}
      </div>
    </Page>
  );
}
