import { useForm } from 'react-hook-form';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '@/api/accounts';
import { Page } from '@/ui/Page';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';
import { EMAIL_PATTERN } from './patterns';

export function ForgotPasswordPage() {
  const { t } = useTranslation('accounts');
  const form = useForm<{ email: string }>({ defaultValues: { email: '' } });
  const server = useServerForm(form);
  const request = useMutation({
    mutationFn: ({ email }: { email: string }) => accountsApi.forgotPassword(email),
    onError: (failure) => server.fail(failure, ['email']),
  });
  const { errors } = form.formState;

  return (
    <Page title={t('forgot.title')}>
      <div className="card narrow">
        {request.isSuccess ? (
          <div className="alert alert-success" role="status">
            <p>{t('forgot.sent', { email: request.variables.email })}</p>
          </div>
        ) : (
          <form noValidate onSubmit={server.handleSubmit((values) => request.mutate(values))}>
            <p>{t('forgot.intro')}</p>
            <Field label={t('fields.email')} error={errors.email?.message}>
              <input type="email" autoComplete="email" {...form.register('email', {
                required: t('validation.required'),
                pattern: { value: EMAIL_PATTERN, message: t('validation.email') },
              })} />
            </Field>
            <ErrorAlert error={server.error} shownFields={server.shownFields} />
            <div className="form-actions">
              <button type="submit" className="button" disabled={request.isPending}>
                {t('forgot.submit')}
              </button>
            </div>
          </form>
        )}
        <p>
          <Link to="/login">{t('forgot.backToLogin')}</Link>
        </p>
      </div>
    </Page>
  );
}
