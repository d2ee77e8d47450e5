import { useForm } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '@/api/accounts';
import { meQueryKey, useCurrentUser } from '@/auth/session';
import { formatPhone } from '@/lib/phone';
import { phoneForServer, usePhoneRules } from '../accounts/phoneRules';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';
import { patientQueryKey } from './patientProfile';
import { Section } from './Section';
import { SuccessStatus } from './SuccessStatus';

interface NameAndPhone {
  name: string;
  phone: string;
}

const formFields = ['name', 'phone'] as const;

export function NameAndPhoneSection() {
  const { t } = useTranslation('profile');
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const phoneRules = usePhoneRules({ required: true });
  // The number as a person reads it ("06 12 34 56 78"); it goes back to E.164 when saved.
  const form = useForm<NameAndPhone>({ defaultValues: { name: user.name, phone: formatPhone(user.phone) } });
  const server = useServerForm(form);
  const save = useMutation({
    mutationFn: accountsApi.updateMe,
    onSuccess: (updated) => {
      queryClient.setQueryData(meQueryKey, updated);
      // A patient's profile shows the account's name.
      void queryClient.invalidateQueries({ queryKey: patientQueryKey });
      form.reset({ name: updated.name, phone: formatPhone(updated.phone) });
    },
    onError: (failure) => server.fail(failure, formFields),
  });
  const { errors, isDirty } = form.formState;

  return (
    <Section title={t('nameAndPhone.title')}>
      <form noValidate onSubmit={server.handleSubmit((values) =>
        save.mutate({ name: values.name.trim(), phone: phoneForServer(values.phone) }))}>
        <Field label={t('accounts:fields.name')} error={errors.name?.message}>
          <input autoComplete="name" {...form.register('name', {
            validate: (value) => value.trim() !== '' || t('accounts:validation.required'),
            maxLength: { value: 100, message: t('accounts:validation.maxLength', { count: 100 }) },
          })} />
        </Field>
        <Field label={t('accounts:fields.phone')}
               hint={`${t('accounts:fields.phoneHint')} ${t('nameAndPhone.phoneHint')}`}
               error={errors.phone?.message}>
          <input type="tel" autoComplete="tel" {...form.register('phone', phoneRules)} />
        </Field>
        <ErrorAlert error={server.error} shownFields={server.shownFields} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('saving') : t('nameAndPhone.save')}
          </button>
        </div>
        <SuccessStatus message={save.isSuccess && !isDirty
          ? t(save.data.phoneVerified ? 'nameAndPhone.saved' : 'nameAndPhone.savedVerifyPhone')
          : null} />
      </form>
    </Section>
  );
}
