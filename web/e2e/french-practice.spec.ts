// A French practice's week: a patient reading French books the demo doctor for a 45-minute visit
// reason, is told until when they can change it online, opens the French confirmation email's link
// to the appointment's own page and moves it from there; the doctor, sent from that link to the
// agenda, sees it moved and books a free slot on the phone: the patient already booked that day is
// refused in the practice's words, a new patient is booked and emailed an invitation. Time off over
// that booking cancels it, the patient told why; once the clocks have passed the first patient's
// start, the doctor marks them absent. Each new page and dialog passes axe and fits a laptop and a
// phone, with screenshots in e2e/screenshots/.
import type { Page } from '@playwright/test';
import { test, expect, signIn, demoDoctor, type ApiHelper } from './support/fixtures';
import { Mailbox } from './support/mailbox';
import { checkLayout } from './support/layout';

interface Slot {
  start: string;
  end: string;
}

interface Appointment {
  _id: string;
  appointmentDate: string;
  endDate: string;
}

const SLOT_TIME = /^\d{2}:\d{2}/;
const parisDay = (instant: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(instant));
const parisTime = (instant: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(new Date(instant));

/** The demo doctor serves the other spec files, which book them without a reason: leave none. */
async function removeReasons(api: ApiHelper, token: string) {
  const { visitReasons } = await api.call<{ visitReasons: Array<{ _id: string }> }>(
    'GET', '/doctors/me/visit-reasons', undefined, token);
  for (const reason of visitReasons) {
    await api.call('DELETE', `/doctors/me/visit-reasons/${reason._id}`, undefined, token);
  }
}

/** Signs the doctor in again when moving the clock has ended the session (12 idle hours). */
async function openAsDoctor(page: Page, path: string) {
  await page.goto(path);
  const loginHeading = page.getByRole('heading', { level: 1, name: 'Sign in' });
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' }).or(loginHeading)).toBeVisible();
  if (await loginHeading.isVisible()) {
    await signIn(page, demoDoctor);
    await page.goto(path);
  }
}

test('a French patient books and moves from the email’s link; the practice books by phone and records a no-show', async ({
  page, api, mailbox, stack,
}) => {
  test.setTimeout(300_000);
  const doctor = await api.login(demoDoctor);
  const reasonName = 'Première consultation';
  const followUpName = 'Consultation de suivi';
  const patientName = 'Élodie Marchand';
  const phonePatient = { name: 'Bernard Lemoine', email: `bernard.lemoine.${Date.now()}@example.test` };
  let timeOffId = '';
  await removeReasons(api, doctor.token);

  try {
    const reason = await api.call<{ _id: string }>('POST', '/doctors/me/visit-reasons',
                                                   { name: reasonName, durationMinutes: 45, mode: 'inPerson' },
                                                   doctor.token);
    // Of the doctor's own length: the agenda's free slots fit it exactly.
    await api.call('POST', '/doctors/me/visit-reasons', { name: followUpName, durationMinutes: 30, mode: 'inPerson' },
                   doctor.token);
    const patient = await api.verifiedPatient(patientName);
    await api.call('PATCH', '/users/me', { language: 'fr' }, patient.token);
    const booking = page.getByRole('region', { name: 'Prendre rendez-vous' });
    let appointmentId = '';
    let bookedStart = '';
    let movedStart = '';

    await test.step('the patient, in French, books the reason on slots of its length, told until when to change it', async () => {
      await signIn(page, patient);
      await page.getByRole('button', { name: 'Français' }).click();
      await page.goto(`/doctors/${doctor.user._id}`);
      await booking.getByRole('article', { name: reasonName }).getByRole('button', { name: `Choisir ${reasonName}` })
        .click();
      // The next week, so that the time is far enough ahead whatever the hour.
      const nextWeek = page.waitForResponse((response) =>
        response.url().includes(`/doctors/${doctor.user._id}/slots?`) && response.ok());
      await booking.getByRole('button', { name: 'Semaine suivante' }).click();
      const answer = await nextWeek;
      expect(new URL(answer.url()).searchParams.get('reasonId')).toBe(reason._id);
      const { slots } = (await answer.json()) as { slots: Slot[] };
      expect(slots.length).toBeGreaterThan(0);
      for (const slot of slots) expect(Date.parse(slot.end) - Date.parse(slot.start), slot.start).toBe(45 * 60_000);

      const slot = booking.getByRole('button', { name: SLOT_TIME }).first();
      bookedStart = (await slot.locator('time').getAttribute('datetime'))!;
      await slot.click();
      await expect(booking.getByRole('heading', { name: 'Confirmez votre rendez-vous' })).toBeFocused();
      await expect(booking).toContainText('Vous pouvez l’annuler ou le déplacer en ligne jusqu’au');
      await checkLayout(page, 'french-practice-confirm');
      const booked = page.waitForResponse((response) =>
        response.request().method() === 'POST' && response.url().endsWith('/api/v1/appointments'));
      await booking.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();
      appointmentId = ((await (await booked).json()) as Appointment)._id;
      await expect(page.getByRole('region', { name: 'Votre rendez-vous est réservé' })).toContainText(reasonName);
    });

    await test.step('the French email’s link opens the appointment, which the patient moves from there', async () => {
      const message = await mailbox.waitFor(patient.email, /Votre rendez-vous MediMeet est confirmé/);
      const link = Mailbox.link(message, `/appointments/${appointmentId}`);
      await page.goto(link);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre rendez-vous');
      const card = page.getByRole('article');
      await expect(card.locator('time').first()).toHaveAttribute('datetime', bookedStart);
      await expect(card).toContainText(`Motif de consultation : ${reasonName} · Au cabinet`);
      await expect(card).toContainText('45 minutes');
      await expect(card).toContainText('Adresse');
      await expect(card).toContainText('Confirmé');
      await expect(card).toContainText('Vous pouvez l’annuler ou le déplacer en ligne jusqu’au');
      await expect(card.getByRole('button', { name: 'Annuler' })).toBeVisible();
      await checkLayout(page, 'french-practice-appointment-page');

      await card.getByRole('link', { name: 'Déplacer' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déplacer un rendez-vous');
      const calendar = page.getByRole('region', { name: 'Choisir un nouveau créneau' });
      const slot = calendar.getByRole('button', { name: SLOT_TIME }).first();
      await expect(slot).toBeVisible();
      movedStart = (await slot.locator('time').getAttribute('datetime'))!;
      // The appointment's own time is taken, so the first free slot is another one.
      expect(movedStart).not.toBe(bookedStart);
      await slot.click();
      await calendar.getByRole('button', { name: 'Déplacer mon rendez-vous' }).click();
      await expect(page).toHaveURL(/\/appointments$/);

      await page.goto(`/appointments/${appointmentId}`);
      await expect(page.getByRole('article').locator('time').first()).toHaveAttribute('datetime', movedStart);
    });

    const day = () => parisDay(movedStart);
    // The day view's one column.
  const dayColumn = page.getByRole('region', { name: 'Calendar' });

    await test.step('the doctor following the link lands on the agenda, the moved appointment open', async () => {
      await page.getByRole('button', { name: 'English' }).click();
      await signIn(page, demoDoctor);
      await page.goto(`/appointments/${appointmentId}`);
      await expect(page).toHaveURL(new RegExp(`/practice\\?view=day&day=${day()}&appointment=${appointmentId}`));
      await expect(page.getByRole('dialog').getByRole('article', { name: new RegExp(patientName) })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dayColumn.getByRole('link', { name: new RegExp(`^${parisTime(movedStart)} – .*${patientName}`) }))
        .toBeVisible();
    });

    let phoneBooking: Appointment | undefined;

    await test.step('the practice books a new patient on the phone from a free slot', async () => {
      await dayColumn.getByRole('button', { name: /free: book this time for a patient$/ }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Book this time for a patient' });
      await expect(dialog).toBeVisible();
      // The doctor's patients, with what tells namesakes apart.
      await dialog.getByRole('searchbox', { name: 'Search your patients' }).fill('Marchand');
      const known = dialog.getByRole('radio', { name: new RegExp(patientName) });
      await expect(known).toBeVisible();
      await expect(dialog.getByRole('group', { name: 'Pick the patient' }))
        .toContainText(`${patientName} · 06 12 34 56 78 · date of birth not given`);
      await checkLayout(page, 'french-practice-book-known');
      // Picked, the patient reaches the server's rules, worded for the practice: one appointment a day.
      await dialog.getByRole('radio', { name: 'A new patient' }).check();
      await dialog.getByLabel('Full name').fill(phonePatient.name);
      await dialog.getByRole('radio', { name: 'One of your patients' }).check();
      await dialog.getByRole('radio', { name: new RegExp(patientName) }).check();
      await dialog.getByLabel('Visit reason').selectOption({ label: `${followUpName} (30 minutes)` });
      await dialog.getByRole('button', { name: 'Book the appointment' }).click();
      await expect(dialog.getByRole('alert')).toHaveText('This patient already has an appointment with you that day.');

      await dialog.getByRole('radio', { name: 'A new patient' }).check();
      await expect(dialog.getByLabel('Full name')).toHaveValue(phonePatient.name);
      await dialog.getByLabel('Phone', { exact: true }).fill('06 11 22 33 44');
      // An address that already has an account: the patient is to be picked instead.
      const email = dialog.getByLabel('Email', { exact: true });
      await email.fill(patient.email);
      await dialog.getByLabel('Language of their emails').selectOption('fr');
      await dialog.getByRole('button', { name: 'Book the appointment' }).click();
      await expect(email).toHaveAccessibleDescription(
        /This email already has an account: pick the patient from your list\./);
      await expect(email).toBeFocused();
      await checkLayout(page, 'french-practice-book-new');

      await email.fill(phonePatient.email);
      const booked = page.waitForResponse((response) =>
        response.request().method() === 'POST' && response.url().endsWith('/api/v1/doctors/me/appointments'));
      await dialog.getByRole('button', { name: 'Book the appointment' }).click();
      const answer = await booked;
      expect(answer.status()).toBe(201);
      expect(answer.request().postDataJSON()).toMatchObject({
        patient: { name: phonePatient.name, email: phonePatient.email, phone: '+33611223344', language: 'fr' },
      });
      phoneBooking = (await answer.json()) as Appointment;
      // The booking opens over the grid, which shows it.
      const opened = page.getByRole('dialog').getByRole('article', { name: new RegExp(phonePatient.name) });
      await expect(opened).toContainText(followUpName);
      await expect(page.getByRole('dialog').getByRole('link', { name: '06 11 22 33 44' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dayColumn.getByRole('link', { name: new RegExp(`${phonePatient.name}, 06 11 22 33 44`) }))
        .toBeVisible();
      await mailbox.waitFor(phonePatient.email, /Votre compte MediMeet/);
    });

    await test.step('time off over the phone booking cancels it, the patient notified', async () => {
      timeOffId = (await api.call<{ _id: string }>('POST', '/doctors/me/time-off',
                                                   { start: phoneBooking!.appointmentDate, end: phoneBooking!.endDate,
                                                     reason: 'Réunion' }, doctor.token))._id;
      await page.goto(`/practice?view=day&day=${day()}`);
      await expect(dayColumn).toContainText('1 booking during this time off');
      await dayColumn.getByRole('link', { name: 'Cancel them from your days off' }).click();
      const entry = page.getByRole('listitem').filter({ hasText: 'Réunion' });
      await expect(entry).toContainText(`1 booking during this time off:`);
      await expect(entry).toContainText(phonePatient.name);
      await entry.getByRole('button', { name: 'Cancel this booking and notify the patient' }).click();
      const message = entry.getByLabel('Message to the patients (optional)');
      await expect(message).toBeFocused();
      await message.fill('Le docteur est retenu à l’hôpital.');
      await checkLayout(page, 'french-practice-time-off-bookings');
      await entry.getByRole('button', { name: 'Yes, cancel it' }).click();
      await expect(entry.getByRole('status')).toHaveText('1 booking canceled; the patient has been notified.');
      await mailbox.waitFor(phonePatient.email, /Le docteur est retenu/);
    });

    await test.step('once it has started, the doctor marks the first patient absent', async () => {
      // A minute past the start, on the server (libfaketime) and in the browser alike.
      const offsetMs = Date.parse(movedStart) - Date.now() + 60_000;
      await stack.restartServer({ clockOffsetSeconds: Math.ceil(offsetMs / 1000) });
      await page.clock.install({ time: Date.now() + offsetMs });
      await openAsDoctor(page, `/practice?view=day&day=${day()}&appointment=${appointmentId}`);
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Mark as no-show' }).click();
      await dialog.getByRole('button', { name: 'Yes, mark as no-show' }).click();
      await expect(dialog.getByRole('status')).toHaveText('The appointment is marked as a no-show.');
      await page.keyboard.press('Escape');
      await expect(dayColumn.getByRole('link', { name: new RegExp(`${patientName}, .*, No-show$`) })).toBeVisible();
    });
  } finally {
    // Later spec files expect the server on real time and the demo doctor without time off or reasons.
    await stack.restartServer();
    // The moved clock has ended the earlier session.
    const again = await api.login(demoDoctor);
    if (timeOffId) await api.call('DELETE', `/doctors/me/time-off/${timeOffId}`, undefined, again.token);
    await removeReasons(api, again.token);
  }
});
