// Phone numbers as people type them (issue 12): a French number in its national form, with
// spaces or dots, or any number with its country code; the app sends E.164 and shows the number
// back formatted for a person. A number that cannot be one is refused before any request.
import type { Page } from '@playwright/test';
import { test, expect, type ApiHelper } from './support/fixtures';

/** The requests the page sends to `path` from now on, by method. */
function requestsTo(page: Page, path: string): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/api/v1${path}`) seen.push(request.method());
  });
  return seen;
}

/** The signed-in user's phone number as the server keeps it. */
async function storedPhone(page: Page, api: ApiHelper): Promise<string> {
  const token = await page.evaluate(() => localStorage.getItem('medimeet.session'));
  return (await api.call<{ phone: string }>('GET', '/users/me', undefined, token!)).phone;
}

test('registration and the account take a number typed the French way, and show it so', async ({ page, api }) => {
  await page.goto('/register');
  await page.getByLabel('Full name').fill('Léa Garnier');
  await page.getByLabel('Email address').fill(`lea.garnier.${Date.now()}@example.test`);
  await page.getByLabel('Mobile phone').fill('06 12 34 56 78');
  await page.getByLabel('New password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page).toHaveURL(/\/appointments$/);
  expect(await storedPhone(page, api)).toBe('+33612345678');

  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Name and phone number' });
  const phone = section.getByLabel('Mobile phone');
  await expect(phone).toHaveValue('06 12 34 56 78');
  await expect(page.getByRole('region', { name: 'Phone verification' }))
    .toContainText('06 12 34 56 78 is not verified yet.');

  // Not a number: said next to the field, and nothing is sent.
  const patches = requestsTo(page, '/users/me');
  await phone.fill('06 12 34');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveAccessibleDescription(/Enter a valid phone number, like 06 12 34 56 78 or \+33 6 12 34 56 78\./);
  expect(patches).toEqual([]);

  await phone.fill('06.98.76.54.32');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toContainText('Saved.');
  await expect(phone).toHaveValue('06 98 76 54 32');
  expect(await storedPhone(page, api)).toBe('+33698765432');

  // Another country's number, with its code and typed as it comes.
  await phone.fill('+44 20 7946 0958');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toContainText('Saved.');
  await expect(phone).toHaveValue('+44 20 7946 0958');
  expect(await storedPhone(page, api)).toBe('+442079460958');

  // The international form of a French number is taken too.
  await phone.fill('+33 6 12 34 56 78');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toContainText('Saved.');
  await expect(phone).toHaveValue('06 12 34 56 78');
  expect(await storedPhone(page, api)).toBe('+33612345678');
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('a number too short is refused in French before any request', async ({ page }) => {
    const registrations = requestsTo(page, '/auth/register');
    await page.goto('/register');
    await page.getByLabel('Nom complet').fill('Chloé Petit');
    await page.getByLabel('Adresse e-mail').fill(`chloe.petit.${Date.now()}@example.test`);
    await page.getByLabel('Téléphone mobile').fill('06 12 34 56 7');
    await page.getByLabel('Nouveau mot de passe').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    const phone = page.getByLabel('Téléphone mobile');
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(phone).toHaveAccessibleDescription(
      /Saisissez un numéro de téléphone valide, comme 06 12 34 56 78 ou \+33 6 12 34 56 78\./);
    expect(registrations).toEqual([]);
  });
});
