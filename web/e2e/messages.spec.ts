// Messages and live updates between two browsers: a patient with an appointment writes to the
// doctor from it; the doctor's open Messages page shows the message without a reload and answers;
// the patient sees the answer and "Read" under their own message; then the doctor cancels the
// appointment and the patient's bell and appointments follow, still without a reload. Both sides
// pass axe and fit a laptop and a phone. Also: an email's link to a conversation survives signing
// in, a doctor the patient never met is not someone to write to, a session ended elsewhere signs
// the open app out (close 4001), and a server restart is caught up on after reconnecting.
import type { Browser, Page } from '@playwright/test';
import { test, expect, signIn, demoDoctor, type ApiHelper } from './support/fixtures';
import { checkLayout } from './support/layout';

const zone = 'Europe/Paris';
const parisDay = (instant: string | number) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(instant));
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000)
  .toISOString().slice(0, 10);

/** A second browser, as the config's pages are: the same server, language, clock and screen. */
async function secondPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL, locale: 'en-GB', timezoneId: zone, viewport: { width: 1280, height: 800 },
  });
  return context.newPage();
}

/** A new patient with a booking of the demo doctor's next week; the demo doctor offers no visit reasons. */
async function patientWithAppointment(api: ApiHelper, name: string) {
  const doctor = await api.login(demoDoctor);
  const patient = await api.verifiedPatient(name);
  const nextWeek = addDays(parisDay(Date.now()), 7);
  const { slots } = await api.call<{ slots: Array<{ start: string; local: string }> }>(
    'GET', `/doctors/${doctor.user._id}/slots?from=${nextWeek}&to=${addDays(nextWeek, 6)}`);
  const slot = slots[0];
  if (!slot) throw new Error('the demo doctor offers no slot next week');
  const appointment = await api.call<{ _id: string; doctorName: string; doctorTitle: string | null }>(
    'POST', '/appointments', { doctorId: doctor.user._id, appointmentDate: slot.start }, patient.token);
  // As patients call the doctor: "Dr Hélène Durand" when the specialty carries the title.
  const doctorName = [appointment.doctorTitle, appointment.doctorName].filter(Boolean).join(' ');
  return { doctor, doctorName, patient, appointmentId: appointment._id, day: slot.local.slice(0, 10) };
}

test('patient and doctor write to each other live, and a cancellation reaches the patient’s bell', async ({
  page: patientPage, browser, api, stack,
}) => {
  test.setTimeout(240_000);
  const patientName = 'Lucie Fontaine';
  const { doctor, doctorName, patient, appointmentId, day } = await patientWithAppointment(api, patientName);
  const doctorPage = await secondPage(browser, stack.baseURL);
  const question = 'Bonjour docteur, dois-je venir à jeun ?';
  const answer = 'Bonjour, oui : rien après minuit.\nÀ la semaine prochaine.';

  const patientThread = patientPage.getByRole('region', { name: `Conversation with ${doctorName}` });
  const doctorThread = doctorPage.getByRole('region', { name: `Conversation with ${patientName}` });
  const doctorConversations = doctorPage.getByRole('region', { name: 'Conversations' });

  await test.step('the doctor keeps Messages open', async () => {
    await signIn(doctorPage, demoDoctor);
    await doctorPage.getByRole('link', { name: /^Messages/ }).click();
    await expect(doctorPage.getByRole('heading', { level: 1 })).toHaveText('Messages');
    await expect(doctorConversations).toBeVisible();
    await expect(doctorConversations.getByRole('link', { name: new RegExp(patientName) })).toHaveCount(0);
  });

  await test.step('the patient writes to the doctor from the appointment', async () => {
    await signIn(patientPage, patient);
    await patientPage.goto('/appointments');
    const appointment = patientPage.getByRole('region', { name: 'Upcoming' }).getByRole('article');
    await appointment.getByRole('link', { name: 'Write to the doctor' }).click();
    await expect(patientPage).toHaveURL(new RegExp(`/messages/${doctor.user._id}$`));
    await expect(patientThread.getByRole('heading', { level: 2 })).toHaveText(doctorName);
    await expect(patientThread).toContainText('No messages yet.');
    const composer = patientThread.getByLabel(`Your message to ${doctorName}`);
    await composer.fill(question);
    await composer.press('Enter');
    const sent = patientThread.getByRole('list', { name: `Messages with ${doctorName}` }).getByRole('listitem');
    await expect(sent).toHaveCount(1);
    await expect(sent).toContainText(question);
    await expect(composer).toHaveValue('');
    await expect(composer).toBeFocused();
  });

  await test.step('the doctor’s open page shows it without a reload, and reading it marks it read', async () => {
    const conversation = doctorConversations.getByRole('link', { name: new RegExp(patientName) });
    await expect(conversation).toContainText(question);
    await expect(conversation).toContainText('1 unread message');
    await expect(doctorPage.getByRole('link', { name: 'Messages, 1 unread' })).toBeVisible();
    await checkLayout(doctorPage, 'messages-doctor-list');
    await conversation.click();
    await expect(doctorPage).toHaveURL(new RegExp(`/messages/${patient.user._id}$`));
    await expect(doctorThread.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(doctorThread.getByRole('listitem').filter({ hasText: question })).toBeVisible();
    await expect(doctorPage.getByRole('link', { name: 'Messages', exact: true })).toBeVisible();
    await expect(conversation).not.toContainText('unread');
  });

  await test.step('the patient sees “Read” under their message', async () => {
    const mine = patientThread.getByRole('listitem').filter({ hasText: question });
    await expect(mine.getByText('Read', { exact: true })).toBeVisible();
    await patientPage.getByRole('button', { name: 'Français' }).click();
    await expect(patientPage.getByRole('region', { name: `Conversation avec ${doctorName}` })
      .getByRole('listitem').filter({ hasText: question }).getByText('Lu', { exact: true })).toBeVisible();
    await patientPage.getByRole('button', { name: 'English' }).click();
  });

  await test.step('the doctor answers, and the patient reads the answer as it arrives', async () => {
    const composer = doctorThread.getByLabel(`Your message to ${patientName}`);
    await composer.fill('Bonjour, oui : rien après minuit.');
    // Shift+Enter starts a new line rather than sending.
    await composer.press('Shift+Enter');
    await composer.pressSequentially('À la semaine prochaine.');
    await expect(composer).toHaveValue(answer);
    await doctorThread.getByRole('button', { name: 'Send' }).click();
    await expect(doctorThread.getByRole('listitem')).toHaveCount(2);

    const received = patientThread.getByRole('listitem').filter({ hasText: 'rien après minuit' });
    await expect(received).toContainText('À la semaine prochaine.');
    await expect(patientPage.getByText(`New message from ${doctorName}: Bonjour, oui`)).toBeAttached();
    // Shown in the open conversation, so read: the doctor's side says so in turn.
    await expect(doctorThread.getByRole('listitem').last().getByText('Read', { exact: true })).toBeVisible();
    await expect(patientPage.getByRole('link', { name: 'Messages', exact: true })).toBeVisible();
    await checkLayout(patientPage, 'messages-patient-thread');
    await checkLayout(doctorPage, 'messages-doctor-thread');
  });

  await test.step('the doctor cancels the appointment: the patient’s bell and appointments follow live', async () => {
    await patientPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My appointments' }).click();
    const upcoming = patientPage.getByRole('region', { name: 'Upcoming' }).getByRole('article');
    await expect(upcoming).toHaveCount(1);
    // The booking's confirmation.
    await expect(patientPage.getByRole('link', { name: 'Notifications, 1 unread' })).toBeVisible();

    await doctorPage.goto(`/practice?view=day&day=${day}&appointment=${appointmentId}`);
    const dialog = doctorPage.getByRole('dialog');
    await expect(dialog.getByRole('link', { name: 'Write to the patient' }))
      .toHaveAttribute('href', `/messages/${patient.user._id}`);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.getByLabel('Reason (optional)').fill('Le cabinet est fermé ce jour-là.');
    await dialog.getByRole('button', { name: 'Cancel the appointment' }).click();
    await expect(dialog.getByRole('status')).toContainText('The appointment is canceled');

    await expect(patientPage.getByRole('link', { name: 'Notifications, 2 unread' })).toBeVisible();
    await expect(upcoming).toHaveCount(0);
    await expect(patientPage.getByRole('region', { name: 'Canceled' }).getByRole('article')).toContainText('Canceled');
  });

  await test.step('the patient page of the practice offers to write too', async () => {
    await doctorPage.goto(`/practice/patients/${patient.user._id}`);
    await doctorPage.getByRole('link', { name: 'Write to the patient' }).click();
    await expect(doctorThread.getByRole('listitem')).toHaveCount(2);
  });

  await doctorPage.context().close();
});

test('an email’s link to a conversation leads there after signing in', async ({ page, api }) => {
  const { doctor, doctorName, patient } = await patientWithAppointment(api, 'Marius Lebrun');
  await page.goto(`/messages/${doctor.user._id}`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel(/email/i).fill(patient.email);
  await page.getByLabel(/^password$/i).fill(patient.password);
  await page.getByRole('button', { name: /^sign in$/i }).click();
  await expect(page).toHaveURL(new RegExp(`/messages/${doctor.user._id}$`));
  await expect(page.getByRole('region', { name: `Conversation with ${doctorName}` })).toBeVisible();
});

test('a doctor the patient never met is not someone to write to', async ({ page, api }) => {
  const { doctor, patient } = await patientWithAppointment(api, 'Agathe Roussel');
  const { doctors } = await api.call<{ doctors: Array<{ _id: string }> }>('GET', '/doctors?limit=50');
  const stranger = doctors.find((listed) => listed._id !== doctor.user._id);
  if (!stranger) throw new Error('the demo data has a single doctor');
  await signIn(page, patient);
  await page.goto(`/messages/${stranger._id}`);
  await expect(page.getByText('You cannot write to this person.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Conversations' })).toContainText('No conversation yet.');
  await checkLayout(page, 'messages-not-allowed');
});

test('a session ended elsewhere signs the open app out at once (close 4001)', async ({ page, api }) => {
  const { patient } = await patientWithAppointment(api, 'Noé Garnier');
  await signIn(page, patient);
  await page.getByRole('link', { name: /^Messages/ }).click();
  await expect(page.getByRole('region', { name: 'Conversations' })).toBeVisible();
  // The browser's own session, ended by another client: the server closes its event socket.
  const token = await page.evaluate(() => window.localStorage.getItem('medimeet.session'));
  await api.call('POST', '/auth/logout', undefined, token!);
  await expect(page).toHaveURL(/\/login\?next=%2Fmessages$/);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('after the server restarts, the open conversation reconnects and catches up', async ({ page, api, stack }) => {
  const { doctor, doctorName, patient } = await patientWithAppointment(api, 'Inès Chevalier');
  await signIn(page, patient);
  await page.goto(`/messages/${doctor.user._id}`);
  const thread = page.getByRole('region', { name: `Conversation with ${doctorName}` });
  await expect(thread).toContainText('No messages yet.');
  await stack.restartServer();
  // Sent as soon as the server is back: the socket may not be open again yet, and the refetch
  // after reconnecting must still bring it.
  const doctorSession = await api.login(demoDoctor);
  await api.call('POST', '/messages', { receiverId: patient.user._id, content: 'Le cabinet a rouvert.' },
                 doctorSession.token);
  await expect(thread.getByRole('listitem').filter({ hasText: 'Le cabinet a rouvert.' })).toBeVisible({ timeout: 30_000 });
});
