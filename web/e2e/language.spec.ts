import { test, expect } from './support/fixtures';

test.describe('a browser that asks for French', () => {
  test.use({ locale: 'fr-FR' });

  test('gets the app in French, and can switch to English for good', async ({ page }) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  });

  test('registers a French account, whose language follows the switch', async ({ page, api }) => {
    const email = `lea.${Date.now()}@example.test`;
    const password = 'un cheval correct agrafe';
    await page.goto('/register');
    await page.getByLabel('Nom complet').fill('Léa Roux');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Téléphone mobile').fill('06 12 34 56 78');
    await page.getByLabel('Nouveau mot de passe').fill(password);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page).toHaveURL(/\/appointments$/);
    const accountLanguage = async () => (await api.login({ email, password })).user.language;
    // Her emails and SMS will be in French, as the app was when she registered.
    expect(await accountLanguage()).toBe('fr');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(accountLanguage).toBe('en');
  });

  test('shows the server’s field problems in French', async ({ page }) => {
    await page.goto('/register');
    await page.getByLabel('Nom complet').fill('Chloé Petit');
    await page.getByLabel('Adresse e-mail').fill(`chloe.${Date.now()}@example.test`);
    await page.getByLabel('Téléphone mobile').fill('+33612345678');
    // Long enough for the form, refused by the server as a common password.
    await page.getByLabel('Nouveau mot de passe').fill('password1234');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page.getByText('Certains champs sont à corriger.')).toBeVisible();
    const password = page.getByLabel('Nouveau mot de passe');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(/Ce mot de passe fait partie des plus courants ; choisissez-en un autre\./);
  });
});

test.describe('a browser that asks for English', () => {
  test.use({ locale: 'en-US' });

  test('gets the app in English', async ({ page }) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  });
});

test('a page that does not exist says so, inside the app', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Back to the home page' })).toBeVisible();
});
