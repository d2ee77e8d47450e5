import { useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { practiceApi, weekdays, type AvailabilityWindow, type Doctor, type Weekday } from '@/api/doctors';
import { timeZoneLabel } from '@/lib/time';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { useServerForm } from '@/ui/useServerForm';
import { StatusMessage } from '../StatusMessage';
import { practiceKeys } from '../queries';
import {
  overlappingDay, rowFields, toAvailability, toHoursValues, type HoursValues, type RowPath,
} from './availabilityForm';
import { DayWindows } from './DayWindows';
import '../practice.css';

/** The server keeps at most this many windows (DoctorChanges.availability). */
const maxWindows = 50;
const workingDays: readonly Weekday[] = ['tuesday', 'wednesday', 'thursday', 'friday'];

interface SaveRequest {
  availability: AvailabilityWindow[];
  rows: RowPath[];
}

export function WeeklyHoursForm({ doctor }: { doctor: Doctor }) {
  const { t } = useTranslation('practice');
  const queryClient = useQueryClient();
  const form = useForm<HoursValues>({ defaultValues: toHoursValues(doctor.availability) });
  const days = useWatch({ control: form.control, name: 'days' });
  const windowCount = weekdays.reduce((total, day) => total + (days[day]?.length ?? 0), 0);
  const server = useServerForm(form);
  // The server reports overlapping windows on `availability`: shown on their day.
  const overlapDay = overlappingDay(server.error);
  const [message, setMessage] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: ({ availability }: SaveRequest) => practiceApi.update({ availability }),
    onSuccess: (updated) => {
      queryClient.setQueryData(practiceKeys.doctor, updated);
      form.reset(toHoursValues(updated.availability));
      setMessage(updated.listed ? t('hours.savedListed') : t('hours.saved'));
    },
    // The rows sent with the request, not those on screen now, say which row an index meant.
    onError: (error, { rows }) => {
      const { formFields, fieldNames } = rowFields(rows);
      server.fail(error, formFields, fieldNames);
    },
  });

  const copyMonday = () => {
    const monday = form.getValues('days.monday');
    for (const day of workingDays) {
      form.setValue(`days.${day}`, monday.map((row) => ({ ...row })), { shouldDirty: true });
    }
    setMessage(t('hours.copied'));
  };
  const undo = () => {
    form.reset(toHoursValues(doctor.availability));
    server.clear();
    setMessage(t('hours.undone'));
  };

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={server.handleSubmit((values) => {
        setMessage(null);
        save.mutate(toAvailability(values));
      })}>
        <div className="card practice-hours-intro">
          <p>
            {t('hours.timeZoneNote', { zone: timeZoneLabel(doctor.timezone) })}{' '}
            <Link to="/practice/profile">{t('hours.changeTimeZone')}</Link>
          </p>
          <p className="muted">{t('hours.slotsNote', { minutes: doctor.consultationMinutes })}</p>
          <button type="button" className="button button-small button-secondary" onClick={copyMonday}
                  disabled={(days.monday?.length ?? 0) === 0}>
            {t('hours.copyMonday')}
          </button>
        </div>
        <div className="practice-days">
          {weekdays.map((day) => (
            <DayWindows key={day} day={day} problem={day === overlapDay ? t('hours.dayOverlaps') : undefined}
                        canAdd={windowCount < maxWindows} />
          ))}
        </div>
        {windowCount >= maxWindows && <p className="muted">{t('hours.maxWindows', { max: maxWindows })}</p>}
        {/* Seven days of windows are a long page on a phone: saving stays at the bottom of the
            screen, with what became of the last save, instead of some 3000 pixels down. */}
        <div className="practice-save-bar">
          <ErrorAlert error={server.error}
                      shownFields={overlapDay ? [...server.shownFields, 'availability'] : server.shownFields} />
          <StatusMessage message={message} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? t('actions.saving') : t('hours.save')}
            </button>
            {form.formState.isDirty && (
              <>
                <button type="button" className="button button-secondary" onClick={undo}>{t('hours.undo')}</button>
                <span className="muted">{t('hours.unsaved')}</span>
              </>
            )}
          </div>
        </div>
      </form>
    </FormProvider>
  );
}
