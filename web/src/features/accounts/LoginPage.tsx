import { useForm } from 'react-hook-form';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '@/api/accounts';
import { useSession } from '@/auth/session';
import { homeOf } from '@/app/RequireRole';
import { safeNext } from './safeNext';
import { Page } from '@/ui/Page';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';

interface LoginForm {
  email: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation('accounts');
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const form = useForm<LoginForm>({ defaultValues: { email: '', password: '' } });
  const server = useServerForm(form);
  const login = useMutation({
    mutationFn: ({ email, password }: LoginForm) => accountsApi.login(email, password),
    onSuccess: (session) => {
      signIn(session);
      navigate(safeNext(searchParams.get('next')) ?? homeOf(session.user.role), { replace: true });
    },
    onError: (failure) => server.fail(failure, ['email', 'password']),
  });
  const { errors } = form.formState;
  // A page that needs a login sent the visitor here: say so, rather than leave them wondering.
  const sentByPage = safeNext(searchParams.get('next')) !== null;

  return (
    <Page title={t('login.title')}>
      <div className="card narrow">
        {sentByPage && <div className="alert alert-info" role="status"><p>{t('login.signInToContinue')}</p></div>}
        <form noValidate onSubmit={server.handleSubmit((values) => login.mutate(values))}>
          <Field label={t('fields.email')} error={errors.email?.message}>
            <input type="email" autoComplete="email"
                   {...form.register('email', { required: t('validation.required') })} />
          </Field>
          <Field label={t('fields.password')} error={errors.password?.message}>
            <input type="password" autoComplete="current-password"
                   {...form.register('password', { required: t('validation.required') })} />
          </Field>
          <ErrorAlert error={server.error} shownFields={server.shownFields} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={login.isPending}>
              {login.isPending ? t('login.submitting') : t('login.submit')}
            </button>
            <Link to="/forgot-password">{t('login.forgot')}</Link>
          </div>
        </form>
        <p className="muted">
          {t('login.noAccount')} <Link to="/register">{t('login.register')}</Link>
        </p>
      </div>
    </Page>
  );
}
