// A patient whose email is not confirmed yet hears it on the doctor's page, before choosing a
// time, and keeps the time they choose: the verification link brings them back to it (issue 12).
import { test, expect, signIn, demoDoctor } from './support/fixtures';
import { firstSlot, showNextWeek } from './support/slots';

test('an unverified patient is told before choosing, and comes back to the chosen time', async ({
  page, api, mailbox,
}) => {
  const patient = await api.unverifiedPatient('Nina Perrin');
  const doctor = await api.login(demoDoctor);
  await signIn(page, patient);
  await page.goto(`/doctors/${doctor.user._id}`);

  const calendar = page.getByRole('region', { name: 'Book an appointment' });
  const notice = calendar.getByText(
    `Confirm your email address to book: follow the link we sent to ${patient.email}. ` +
    'You can choose a time now: the link brings you back to it.');
  await expect(notice).toBeVisible();
  // Said once on this page: the banner of the other pages makes way for it.
  await expect(page.getByText(/Confirm your email address to book/)).toHaveCount(1);

  await calendar.getByRole('button', { name: 'Send the link again' }).click();
  await expect(calendar.getByRole('status')).toHaveText(`A new link is on its way to ${patient.email}.`);

  // The next week, so that the time is still far enough ahead whatever the hour.
  await showNextWeek(calendar);
  const { button: slot, start } = await firstSlot(calendar);
  await slot.click();
  await expect(page).toHaveURL(new RegExp(`slot=${encodeURIComponent(start)}`));
  await expect(calendar.getByRole('heading', { name: 'Confirm your appointment' })).toBeFocused();
  await expect(calendar.getByText('Confirm your email address to book this time: follow the link we sent to ' +
    `${patient.email}. It brings you back here.`)).toBeVisible();
  await expect(calendar.getByRole('button', { name: 'Confirm the booking' })).toHaveCount(0);
  const doctorPage = page.url();

  // The link of the email, opened in the same browser (the mail app's tab, say).
  await expect.poll(() => mailbox.messages().filter((message) => message.to.includes(patient.email)).length)
    .toBe(2);
  await page.goto(await api.verificationLink(patient.email));
  await expect(page.getByRole('status')).toContainText('Your email address is verified.');
  await page.getByRole('main').getByRole('link', { name: 'Back to your booking' }).click();

  await expect(page).toHaveURL(doctorPage);
  await expect(calendar.getByRole('heading', { name: 'Confirm your appointment' })).toBeVisible();
  await expect(calendar.locator(`time[datetime="${start}"]`)).toBeVisible();
  await expect(page.getByText(/Confirm your email address/)).toHaveCount(0);
  await calendar.getByRole('button', { name: 'Confirm the booking' }).click();
  await expect(page.getByRole('region', { name: 'Your appointment is booked' }).getByRole('status'))
    .toContainText('is confirmed');
});

test('only a path of this app is remembered to come back to', async ({ page, api }) => {
  const patient = await api.unverifiedPatient('Paul Mercier');
  const link = await api.verificationLink(patient.email);
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('medimeet.afterVerification', '//evil.example/'));
  await page.goto(link);
  await expect(page.getByRole('status')).toContainText('Your email address is verified.');
  await expect(page.getByRole('link', { name: 'Back to your booking' })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
});
