// An email verification link opened a second time, or too late (issue 12): the page says what
// happened in plain words, never the server's "token: is invalid…", and offers the way on.
import { test, expect, signIn } from './support/fixtures';

test('a used link, for an address already confirmed, says it is confirmed', async ({ page, api }) => {
  const patient = await api.unverifiedPatient('Julie Roux');
  const link = await api.verificationLink(patient.email);
  await signIn(page, patient);
  await page.goto(link);
  await expect(page.getByRole('status')).toHaveText('Your email address is verified. You can now book appointments.');

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Email verification');
  await expect(page.getByRole('status')).toHaveText('Your email address is already confirmed.');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/token/)).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: 'Find a doctor' })).toBeVisible();
});

test('a used or expired link, for an address not confirmed yet, offers a new one', async ({ page, api, mailbox }) => {
  const patient = await api.unverifiedPatient('Hugo Faure');
  await api.verificationLink(patient.email);
  await signIn(page, patient);
  await page.goto('/verify-email?token=an-old-link-that-was-already-used');
  const main = page.getByRole('main');
  await expect(main.getByText('This link has already been used or has expired.')).toBeVisible();
  await expect(page.getByText(/token/)).toHaveCount(0);
  await main.getByRole('button', { name: 'Send me a new link' }).click();
  await expect(main.getByRole('status')).toHaveText(`A new link is on its way to ${patient.email}.`);
  await expect.poll(() => mailbox.messages().filter((message) => message.to.includes(patient.email)).length)
    .toBe(2);
});

test('a used or expired link opened signed out offers to sign in for a new one', async ({ page }) => {
  await page.goto('/verify-email?token=an-old-link-that-was-already-used');
  const main = page.getByRole('main');
  await expect(main.getByText('This link has already been used or has expired.')).toBeVisible();
  await expect(main).toContainText('If your email address is not confirmed yet, sign in to ask for a new link.');
  await expect(page.getByText(/token/)).toHaveCount(0);
  await main.getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the same explanation in French', async ({ page }) => {
    await page.goto('/verify-email?token=an-old-link-that-was-already-used');
    await expect(page.getByRole('main').getByText('Ce lien a déjà servi ou a expiré.')).toBeVisible();
  });
});
