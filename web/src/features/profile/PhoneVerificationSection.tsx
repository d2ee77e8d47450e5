import { useForm } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountsApi, type User } from '@/api/accounts';
import { ApiError } from '@/api/client';
import { meQueryKey, useCurrentUser } from '@/auth/session';
import { formatPhone } from '@/lib/phone';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';
import { Section } from './Section';
import { SuccessStatus } from './SuccessStatus';
import { VerificationBadge } from './VerificationBadge';

const CODE_PATTERN = /^[0-9]{6}$/;

/** The phone's status and, until it is verified, a code to ask for and to enter. */
export function PhoneVerificationSection() {
  const { t } = useTranslation('profile');
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const markVerified = () =>
    queryClient.setQueryData<User>(meQueryKey, (current) => current && { ...current, phoneVerified: true });
  const request = useMutation({
    mutationFn: accountsApi.requestPhoneCode,
    // Verified meanwhile (in another tab, say): show it as such.
    onError: (failure) => {
      if (failure instanceof ApiError && failure.code === 'phone_already_verified') markVerified();
    },
  });
  const form = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const server = useServerForm(form);
  const verify = useMutation({
    mutationFn: (code: string) => accountsApi.verifyPhone(code),
    onSuccess: markVerified,
    onError: (failure) => server.fail(failure, ['code']),
  });
  const { errors } = form.formState;
  const phone = formatPhone(user.phone);

  return (
    <Section title={t('phone.title')}>
      <p className="profile-status">
        <VerificationBadge verified={user.phoneVerified} />
        <span>{t(user.phoneVerified ? 'phone.verified' : 'phone.unverified', { phone })}</span>
      </p>
      {!user.phoneVerified && (
        <>
          <div className="form-actions">
            <button type="button" className="button button-secondary" disabled={request.isPending}
                    onClick={() => request.mutate()}>
              {t(request.isSuccess ? 'phone.sendAgain' : 'phone.send')}
            </button>
          </div>
          <SuccessStatus message={request.isSuccess ? t('phone.sent', { phone }) : null} />
          <ErrorAlert error={request.error} />
          <form className="profile-code-form" noValidate onSubmit={server.handleSubmit(({ code }) => verify.mutate(code.trim()))}>
            <Field label={t('phone.code')} hint={t('phone.codeHint')} error={errors.code?.message}>
              <input inputMode="numeric" autoComplete="one-time-code" maxLength={6}
                     className="profile-code" {...form.register('code', {
                       validate: (value) => CODE_PATTERN.test(value.trim()) || t('phone.codeFormat'),
                     })} />
            </Field>
            <ErrorAlert error={server.error} shownFields={server.shownFields} />
            <div className="form-actions">
              <button type="submit" className="button" disabled={verify.isPending}>
                {t('phone.verify')}
              </button>
            </div>
          </form>
        </>
      )}
      <SuccessStatus message={verify.isSuccess ? t('phone.done') : null} />
    </Section>
  );
}
