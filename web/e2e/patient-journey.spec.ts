// A patient's whole journey through the UI, on a real server with its demo doctors: register,
// verify the email, find a doctor, book, follow up through the bell, the .ics file, a move and a
// cancellation. Slots are read from the page (never fixed dates); the journey books in the next
// week so that the server's notice for moving and canceling (4 hours by default) never bites.
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { Mailbox } from './support/mailbox';
import { firstSlot, showNextWeek, WEEK_RANGE } from './support/slots';

test('a new patient books, moves and cancels an appointment', async ({ page, mailbox }) => {
  const email = `camille.durand.${Date.now()}@example.test`;

  await test.step('register and verify the email address', async () => {
    await page.goto('/register');
    await page.getByLabel('Full name').fill('Camille Durand');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Mobile phone').fill('+33612345678');
    await page.getByLabel('New password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create my account' }).click();
    // Signed in at once: the patient lands on their (empty) appointments, welcomed.
    await expect(page).toHaveURL(/\/appointments$/);
    await expect(page.getByRole('status').filter({ hasText: 'Welcome to MediMeet!' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Camille Durand/ })).toBeVisible();

    const message = await mailbox.waitFor(email, /verify-email/);
    await page.goto(Mailbox.link(message, '/verify-email'));
    await expect(page.getByText('Your email address is verified.')).toBeVisible();
    await expect(page.getByRole('link', { name: /Camille Durand/ })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Find a doctor' }).click();
  });

  await test.step('find a cardiologist and open their page', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find a doctor');
    // The catalogue's name in the app's language; its code in the URL.
    await page.getByLabel('Specialty', { exact: true }).selectOption('Cardiology');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/specialty=cardiology/);
    const results = page.getByRole('region', { name: 'Results' });
    await expect(results.getByRole('status')).toHaveText(/^\d+ doctors? found\.$/);
    const cards = results.getByRole('listitem');
    await expect(cards.first()).toContainText('Cardiology');
    // Cardiologists are physicians: called Dr.
    const doctorLink = cards.first().getByRole('heading', { level: 3 }).getByRole('link');
    await expect(doctorLink).toHaveText(/^Dr /);
    const doctorName = (await doctorLink.textContent())!;
    await doctorLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(doctorName);
  });

  const doctorName = (await page.getByRole('heading', { level: 1 }).textContent())!;
  let bookedStart = '';
  let bookedWeek = '';

  await test.step('pick a slot and book it', async () => {
    const calendar = page.getByRole('region', { name: 'Book an appointment' });
    await showNextWeek(calendar);
    bookedWeek = (await calendar.getByText(WEEK_RANGE).textContent())!;
    const slot = await firstSlot(calendar);
    bookedStart = slot.start;
    await slot.button.click();

    await expect(calendar.getByRole('heading', { name: 'Confirm your appointment' })).toBeFocused();
    await expect(calendar.locator(`time[datetime="${bookedStart}"]`)).toBeVisible();
    await calendar.getByLabel('Note for the doctor (optional)').fill('Annual check-up');
    await calendar.getByRole('button', { name: 'Confirm the booking' }).click();

    const booked = page.getByRole('region', { name: 'Your appointment is booked' });
    await expect(booked.getByRole('status')).toHaveText(`Your appointment with ${doctorName} is confirmed.`);
    await expect(booked.locator(`time[datetime="${bookedStart}"]`)).toBeVisible();
    // Booked a week ahead: it can be changed online until the change notice before it.
    await expect(booked).toContainText('You can cancel or move it online until');
  });

  await test.step('download the appointment as an .ics file', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^medimeet-[0-9a-f]{24}\.ics$/);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('BEGIN:VCALENDAR');
  });

  await test.step('see the confirmation through the bell', async () => {
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notifications');
    const notification = page.getByRole('article', { name: 'Confirmation' });
    await expect(notification).toContainText(`Your appointment with ${doctorName}`);
    await expect(notification).toContainText('is confirmed');
    await notification.getByRole('button', { name: 'Mark as read' }).click();
    await expect(page.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();
  });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My appointments' }).click();
  const appointment = page.getByRole('region', { name: 'Upcoming' }).getByRole('article', { name: doctorName });
  // Its start first, then until when it can be changed online.
  const appointmentTime = appointment.locator('time').first();
  await expect(appointmentTime).toHaveAttribute('datetime', bookedStart);
  await expect(appointment).toContainText('Confirmed');
  await expect(appointment).toContainText('You can cancel or move it online until');

  await test.step('reschedule to another slot', async () => {
    await appointment.getByRole('link', { name: 'Reschedule' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reschedule an appointment');
    const calendar = page.getByRole('region', { name: 'Choose a new time' });
    // It opens on the appointment's own week (issue 11: it used to open on this week).
    await expect(calendar.getByText(WEEK_RANGE)).toHaveText(bookedWeek);
    await showNextWeek(calendar);
    const slot = await firstSlot(calendar);
    // The appointment's own time is taken, so the first free slot is another one.
    expect(slot.start).not.toBe(bookedStart);
    await slot.button.click();
    await calendar.getByRole('button', { name: 'Move my appointment' }).click();

    await expect(page).toHaveURL(/\/appointments$/);
    await expect(page.getByRole('status').filter({ hasText: 'has moved to' })).toBeVisible();
    await expect(appointmentTime).toHaveAttribute('datetime', slot.start);
  });

  await test.step('cancel it', async () => {
    await appointment.getByRole('button', { name: 'Cancel', exact: true }).click();
    await appointment.getByLabel('Reason (optional)').fill('I feel better.');
    await appointment.getByRole('button', { name: 'Cancel the appointment' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'is canceled.' });
    await expect(notice).toContainText(`Your appointment with ${doctorName}`);
    await expect(notice).toBeFocused();
    // A canceled appointment leaves the upcoming ones (issue 11: it used to bury the live one).
    await expect(appointment).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Upcoming' })).toContainText('You have no upcoming appointment.');
    const canceled = page.getByRole('region', { name: 'Canceled' }).getByRole('article', { name: doctorName });
    await expect(canceled).toContainText('Canceled');
    await expect(canceled).toContainText('Canceled by you. Reason: I feel better.');
    await expect(canceled.getByRole('link', { name: 'Reschedule' })).toHaveCount(0);
  });
});

test.describe('a patient in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('sees a Paris doctor’s free times on their own clock, with the doctor’s beside them', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Specialty', { exact: true }).selectOption('Cardiology');
    await page.getByLabel('City or postcode').fill('Paris');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('region', { name: 'Results' }).getByRole('heading', { level: 3 }).getByRole('link')
      .first().click();

    const profile = page.getByRole('region', { name: 'Profile' });
    await expect(profile).toContainText('Europe/Paris');
    const calendar = page.getByRole('region', { name: 'Book an appointment' });
    await expect(calendar).toContainText('Times are shown in your time zone: America/New York');
    await expect(calendar).toContainText('The doctor’s time zone is Europe/Paris');

    const slot = await firstSlot(calendar);
    const clock = (timeZone: string) =>
      new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(slot.start));
    expect(clock('America/New_York')).not.toBe(clock('Europe/Paris'));
    await expect(slot.button.locator('time')).toHaveText(clock('America/New_York'));
    await expect(slot.button).toContainText(`${clock('Europe/Paris')} in Paris`);
  });
});
