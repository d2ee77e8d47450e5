import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { practiceApi } from '@/api/doctors';
import { localDay } from '@/lib/time';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';
import { StatusMessage } from '../StatusMessage';
import { practiceKeys } from '../queries';
import {
  timeOffFieldNames, timeOffFields, timeOffPeriod, toTimeOffRequest, type TimeOffValues,
} from './timeOffForm';
import { useTimeOffPeriod } from './useTimeOffPeriod';
import '../practice.css';

export function AddTimeOffForm({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation('practice');
  const queryClient = useQueryClient();
  const period = useTimeOffPeriod(timeZone);
  const [added, setAdded] = useState<string | null>(null);
  const today = localDay(new Date(), timeZone);
  const blank: TimeOffValues = { kind: 'days', startDate: today, endDate: today, startTime: '', endTime: '', reason: '' };
  const form = useForm<TimeOffValues>({ defaultValues: blank });
  const server = useServerForm(form);
  const kind = useWatch({ control: form.control, name: 'kind' });
  const add = useMutation({
    mutationFn: (values: TimeOffValues) => practiceApi.addTimeOff(toTimeOffRequest(values, timeZone)),
    onSuccess: async (created, values) => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.timeOff });
      // Ready for the next one of the same kind, as time off often comes in series.
      form.reset({ ...blank, kind: values.kind });
      setAdded(t('timeOff.added', { period: period(created) }));
    },
    onError: (failure) => server.fail(failure, timeOffFields, timeOffFieldNames),
  });
  const { errors } = form.formState;
  const required = t('validation.required');
  const endAfterStart = (_: string, values: TimeOffValues) => {
    if (values.kind === 'days') return values.endDate >= values.startDate || t('timeOff.endBeforeStart');
    if (!values.startTime || !values.endTime) return true;
    const { start, end } = timeOffPeriod(values, timeZone);
    return end > start || t('timeOff.endBeforeStart');
  };

  // The same two date inputs serve both kinds of period; only their labels and the times differ.
  const startDate = <input type="date" {...form.register('startDate', { required, deps: ['endDate'] })} />;
  const endDate = <input type="date" {...form.register('endDate', { required, validate: endAfterStart })} />;

  return (
    <form className="card practice-form" noValidate onSubmit={server.handleSubmit((values) => {
      setAdded(null);
      add.mutate(values);
    })}>
      <fieldset>
        <legend>{t('timeOff.kind')}</legend>
        <label className="choice">
          <input type="radio" value="days" {...form.register('kind')} />
          {t('timeOff.kindDays')}
        </label>
        <label className="choice">
          <input type="radio" value="times" {...form.register('kind')} />
          {t('timeOff.kindTimes')}
        </label>
      </fieldset>
      {kind === 'days' ? (
        <div className="form-row">
          <Field label={t('timeOff.firstDay')} error={errors.startDate?.message}>{startDate}</Field>
          <Field label={t('timeOff.lastDay')} error={errors.endDate?.message}>{endDate}</Field>
        </div>
      ) : (
        <>
          <div className="form-row">
            <Field label={t('timeOff.startDate')} error={errors.startDate?.message}>{startDate}</Field>
            <Field label={t('timeOff.startTime')} error={errors.startTime?.message}>
              <input type="time" {...form.register('startTime', { required, deps: ['endDate'] })} />
            </Field>
          </div>
          <div className="form-row">
            <Field label={t('timeOff.endDate')} error={errors.endDate?.message}>{endDate}</Field>
            <Field label={t('timeOff.endTime')} error={errors.endTime?.message}>
              <input type="time" {...form.register('endTime', { required, deps: ['endDate'] })} />
            </Field>
          </div>
        </>
      )}
      <Field label={t('timeOff.reason')} hint={t('timeOff.reasonHint')} error={errors.reason?.message}>
        <input maxLength={200} {...form.register('reason', {
          maxLength: { value: 200, message: t('validation.maxLength', { max: 200 }) },
        })} />
      </Field>
      <p className="muted">{t('timeOff.bookedStay')}</p>
      <ErrorAlert error={server.error} shownFields={server.shownFields} />
      <StatusMessage message={added} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? t('actions.saving') : t('timeOff.add')}
        </button>
      </div>
    </form>
  );
}
