import { useForm } from 'react-hook-form';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { appLanguage } from '@/i18n';
import { accountsApi, type Registration } from '@/api/accounts';
import { useSession } from '@/auth/session';
import { homeOf } from '@/app/RequireRole';
import { safeNext } from './safeNext';
import { Page } from '@/ui/Page';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';
import { EMAIL_PATTERN } from './patterns';
import { phoneForServer, usePhoneRules } from './phoneRules';
import { useNewPasswordRules } from './newPasswordRules';

const formFields = ['name', 'email', 'phone', 'password', 'role'] as const;

export function RegisterPage() {
  const { t, i18n } = useTranslation('accounts');
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const newPasswordRules = useNewPasswordRules();
  const phoneRules = usePhoneRules({ required: true });
  const form = useForm<Registration>({
    defaultValues: { name: '', email: '', phone: '', password: '', role: 'patient' },
  });
  const server = useServerForm(form);
  const register = useMutation({
    mutationFn: accountsApi.register,
    onSuccess: (session) => {
      signIn(session);
      navigate(safeNext(searchParams.get('next')) ?? homeOf(session.user.role), {
        replace: true,
        state: { registered: true },
      });
    },
    onError: (failure) => server.fail(failure, formFields),
  });
  const { errors } = form.formState;

  return (
    <Page title={t('register.title')}>
      <div className="card narrow">
        <form noValidate onSubmit={server.handleSubmit((values) =>
          // The account speaks the app's language: its emails and SMS come in it.
          register.mutate({ ...values, phone: phoneForServer(values.phone), language: appLanguage(i18n) }))}>
          <fieldset>
            <legend>{t('register.roleLegend')}</legend>
            <label className="choice">
              <input type="radio" value="patient" {...form.register('role')} />
              {t('register.rolePatient')}
            </label>
            <label className="choice">
              <input type="radio" value="doctor" {...form.register('role')} />
              {t('register.roleDoctor')}
            </label>
          </fieldset>
          <Field label={t('fields.name')} error={errors.name?.message}>
            <input autoComplete="name" {...form.register('name', {
              required: t('validation.required'),
              validate: (value) => value.trim().length > 0 || t('validation.required'),
              maxLength: { value: 100, message: t('validation.maxLength', { count: 100 }) },
            })} />
          </Field>
          <Field label={t('fields.email')} error={errors.email?.message}>
            <input type="email" autoComplete="email" {...form.register('email', {
              required: t('validation.required'),
              pattern: { value: EMAIL_PATTERN, message: t('validation.email') },
            })} />
          </Field>
          <Field label={t('fields.phone')} hint={t('fields.phoneHint')} error={errors.phone?.message}>
            <input type="tel" autoComplete="tel" {...form.register('phone', phoneRules)} />
          </Field>
          <Field label={t('fields.newPassword')} hint={t('fields.passwordHint')} error={errors.password?.message}>
            <input type="password" autoComplete="new-password" {...form.register('password', newPasswordRules)} />
          </Field>
          <ErrorAlert error={server.error} shownFields={server.shownFields} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={register.isPending}>
              {register.isPending ? t('register.submitting') : t('register.submit')}
            </button>
          </div>
        </form>
        <p className="muted">
          {t('register.haveAccount')} <Link to="/login">{t('register.login')}</Link>
        </p>
      </div>
    </Page>
  );
}
