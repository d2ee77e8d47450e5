// The doctor's agenda as a calendar, and the patient list: the demo doctor sees a patient's
// booking at its time with the patient's name, phone and visit reason, in the week and in the day;
// a day off shaded with its reason and the booking left in it counted; finds the patient by name
// and by phone; and, once the appointment has started (the server's and the browser's clocks
// moved), marks it a no-show, which the statistics count apart. Each page passes axe and fits a
// laptop and a phone, with screenshots in e2e/screenshots/.
import type { Page } from '@playwright/test';
import { test, expect, signIn, demoDoctor, type ApiHelper, type ApiSession } from './support/fixtures';
import { checkLayout } from './support/layout';

interface Slot {
  start: string;
  local: string;
}

const zone = 'Europe/Paris';
const parisDay = (instant: string | number) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(instant));
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000)
  .toISOString().slice(0, 10);
/** A day as the calendar's column headings say it, like "Wednesday 9 December" or "Mercredi 9 décembre". */
const dayHeading = (day: string, locale = 'en-GB') => {
  const text = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' })
    .format(new Date(`${day}T12:00:00Z`));
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The demo doctor serves the other spec files, which book them without a reason: leave none. */
async function removeReasons(api: ApiHelper, doctor: ApiSession) {
  const { visitReasons } = await api.call<{ visitReasons: Array<{ _id: string }> }>(
    'GET', '/doctors/me/visit-reasons', undefined, doctor.token);
  for (const reason of visitReasons) {
    await api.call('DELETE', `/doctors/me/visit-reasons/${reason._id}`, undefined, doctor.token);
  }
}

/** Signs the doctor in again when moving the clock has ended the session (12 idle hours). */
async function openAsDoctor(page: Page, path: string) {
  await page.goto(path);
  const loginHeading = page.getByRole('heading', { level: 1, name: 'Sign in' });
  await expect(page.getByRole('heading', { level: 1, name: /Agenda|Statistics/ }).or(loginHeading)).toBeVisible();
  if (await loginHeading.isVisible()) {
    await signIn(page, demoDoctor);
    await page.goto(path);
  }
}

test('the doctor’s agenda shows bookings, free slots and a day off; patients are found; a no-show is counted', async ({
  page, api, stack,
}) => {
  test.setTimeout(300_000);
  const doctor = await api.login(demoDoctor);
  const reasonName = 'Suivi de tension';
  const timeOffReason = 'Congrès de cardiologie';
  const patientName = 'Apolline Ferrand';
  let timeOffId = '';

  try {
    // A patient with a phone of their own books a reason of the doctor's, on a day of next week.
    const reason = await api.call<{ _id: string }>('POST', '/doctors/me/visit-reasons',
                                                   { name: reasonName, durationMinutes: 30, mode: 'inPerson' },
                                                   doctor.token);
    const patient = await api.verifiedPatient(patientName);
    await api.call('PATCH', '/users/me', { phone: '+33699887766' }, patient.token);
    const nextWeek = addDays(parisDay(Date.now()), 7);
    const { slots } = await api.call<{ slots: Slot[] }>(
      'GET', `/doctors/${doctor.user._id}/slots?from=${nextWeek}&to=${addDays(nextWeek, 6)}&reasonId=${reason._id}`);
    const slot = slots[0];
    if (!slot) throw new Error('the demo doctor offers no slot next week');
    const booking = await api.call<{ _id: string }>('POST', '/appointments',
                                                    { doctorId: doctor.user._id, appointmentDate: slot.start,
                                                      reasonId: reason._id }, patient.token);
    const day = slot.local.slice(0, 10);
    // The whole day off afterwards, midnight to midnight in Paris: the booking stays, for the doctor to see to.
    const parisOffset = Date.parse(`${slot.local}Z`) - Date.parse(slot.start);
    const midnight = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - parisOffset).toISOString();
    timeOffId = (await api.call<{ _id: string }>('POST', '/doctors/me/time-off',
                                                 { start: midnight(day), end: midnight(addDays(day, 1)),
                                                   reason: timeOffReason },
                                                 doctor.token))._id;

    const dayColumn = page.getByRole('region', { name: dayHeading(day) });
    const bookingLink = dayColumn.getByRole('link', { name: new RegExp(patientName) });

    await test.step('the week shows the booking at its time, on a day off shaded with its reason', async () => {
      await signIn(page, demoDoctor);
      await page.goto(`/practice?view=week&day=${day}`);
      await expect(page.getByRole('heading', { level: 3 })).toHaveCount(7);
      await expect(bookingLink).toHaveAccessibleName(
        new RegExp(`^${slot.local.slice(11)} – \\d\\d:\\d\\d, ${patientName}, 06 99 88 77 66, ${reasonName}, ` +
                   'Confirmed, During time off$'));
      await expect(bookingLink).toContainText(patientName);
      await expect(bookingLink).toContainText(reasonName);
      await expect(dayColumn).toContainText('Day off');
      await expect(dayColumn).toContainText(timeOffReason);
      await expect(dayColumn).toContainText('1 booking during this time off');
      await expect(dayColumn.getByRole('listitem').filter({ hasText: timeOffReason })).toBeVisible();
      // The other days offer free slots, as patients see them.
      await expect(page.getByRole('listitem').filter({ hasText: /· free$/ }).first()).toBeVisible();
      await checkLayout(page, 'doctor-agenda-week');
    });

    await test.step('in French, the day off and its booking say so too', async () => {
      await page.getByRole('button', { name: 'Français' }).click();
      const column = page.getByRole('region', { name: dayHeading(day, 'fr-FR') });
      await expect(column).toContainText('Jour de congé');
      await expect(column).toContainText(timeOffReason);
      await expect(column).toContainText('1 rendez-vous pendant ce congé');
      await expect(column.getByRole('link', { name: new RegExp(patientName) }))
        .toHaveAccessibleName(new RegExp(`${patientName}, .*, Confirmé, Pendant un congé$`));
      await checkLayout(page, 'doctor-agenda-week-fr');
      await page.getByRole('button', { name: 'English' }).click();
    });

    await test.step('the booking opens over the calendar, with how to reach the patient', async () => {
      await bookingLink.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`appointment=${booking._id}`));
      await expect(dialog.getByRole('link', { name: '06 99 88 77 66' })).toHaveAttribute('href', 'tel:+33699887766');
      await expect(dialog.getByRole('article', { name: new RegExp(patientName) }))
        .toContainText(`Reason for the visit: ${reasonName} · At the practice`);
      // Not started yet: only canceling is offered.
      await expect(dialog.getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Mark as no-show' })).toHaveCount(0);
      await checkLayout(page, 'doctor-agenda-appointment');
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(page).not.toHaveURL(/appointment=/);
      await expect(bookingLink).toBeFocused();
    });

    await test.step('the day view shows the same booking', async () => {
      await page.getByRole('button', { name: 'Day', exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`view=day&day=${day}`));
      await expect(page.getByRole('heading', { level: 3 })).toHaveCount(1);
      await expect(bookingLink).toContainText(patientName);
      await expect(bookingLink).toContainText(reasonName);
      await expect(bookingLink).toContainText('06 99 88 77 66');
      await expect(dayColumn.getByRole('listitem').filter({ hasText: timeOffReason })).toBeVisible();
      await checkLayout(page, 'doctor-agenda-day');
    });

    await test.step('the patient list finds the patient by name and by phone', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
      const search = page.getByRole('searchbox', { name: 'Search your patients' });
      const row = page.getByRole('row', { name: new RegExp(patientName) });
      await search.fill('apolline');
      await expect(page).toHaveURL(/q=apolline/);
      await expect(page.getByRole('status')).toHaveText('1 patient matches “apolline”.');
      await expect(row.getByRole('link', { name: '06 99 88 77 66' })).toHaveAttribute('href', 'tel:+33699887766');
      await expect(row.getByRole('link', { name: patient.email })).toHaveAttribute('href', `mailto:${patient.email}`);
      await checkLayout(page, 'doctor-patients-search');

      await search.fill('06 99 88 77');
      await expect(page.getByRole('status')).toHaveText('1 patient matches “06 99 88 77”.');
      await expect(row).toBeVisible();
      // The search is in the URL: a reload keeps it.
      await page.reload();
      await expect(search).toHaveValue('06 99 88 77');
      await expect(row).toBeVisible();

      await row.getByRole('link', { name: patientName }).click();
      const contact = page.getByRole('region', { name: 'Contact details' });
      await expect(contact.getByRole('link', { name: '06 99 88 77 66' })).toBeVisible();
      await expect(contact.getByRole('link', { name: patient.email })).toBeVisible();
      await checkLayout(page, 'doctor-patient-contact');
      // Each of their appointments opens in the agenda.
      await page.getByRole('region', { name: 'Appointments with you' }).getByRole('link').click();
      await expect(page.getByRole('dialog').getByRole('article', { name: new RegExp(patientName) })).toBeVisible();
    });

    await test.step('once it has started, the doctor marks the patient absent, and the statistics count it', async () => {
      // A minute past the start, on the server (libfaketime) and in the browser alike.
      const offsetMs = Date.parse(slot.start) - Date.now() + 60_000;
      await stack.restartServer({ clockOffsetSeconds: Math.ceil(offsetMs / 1000) });
      await page.clock.install({ time: Date.now() + offsetMs });
      await openAsDoctor(page, `/practice?view=day&day=${day}&appointment=${booking._id}`);

      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('button', { name: 'Mark as completed' })).toBeVisible();
      await dialog.getByRole('button', { name: 'Mark as no-show' }).click();
      const confirmation = dialog.getByRole('group', { name: new RegExp(`Record that ${patientName} did not come`) });
      await expect(confirmation.getByRole('button', { name: 'Yes, mark as no-show' })).toBeFocused();
      await checkLayout(page, 'doctor-agenda-no-show');
      await confirmation.getByRole('button', { name: 'Yes, mark as no-show' }).click();
      await expect(dialog.getByRole('status')).toHaveText('The appointment is marked as a no-show.');
      await expect(dialog.getByRole('article')).toContainText('No-show');
      await expect(dialog.getByRole('button')).toHaveText(['Close']);
      await page.keyboard.press('Escape');
      await expect(bookingLink).toHaveAccessibleName(new RegExp(`${patientName}, .*, No-show$`));

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statistics' }).click();
      await expect(page.getByRole('row', { name: /^No-shows/ }).getByRole('cell').first()).toHaveText('1');
      await expect(page.getByRole('row', { name: /^Confirmed, to come/ })).toBeVisible();
      await expect(page.getByRole('row', { name: /^Confirmed, past: outcome to record/ })).toBeVisible();
      await checkLayout(page, 'doctor-stats');
    });
  } finally {
    // Later spec files expect the server on real time and the demo doctor without time off or reasons.
    await stack.restartServer();
    // The moved clock has ended the earlier session.
    const again = await api.login(demoDoctor);
    if (timeOffId) await api.call('DELETE', `/doctors/me/time-off/${timeOffId}`, undefined, again.token);
    await removeReasons(api, again);
  }
});
