// A visitor who opens a page that needs a login is sent to sign in and told why (issue 11), then
// comes back to that page once signed in.
import { test, expect, demoPatient } from './support/fixtures';

test('a protected page sends a visitor to sign in, says why, and brings them back', async ({ page }) => {
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/login\?next=%2Fprofile$/);
  await expect(page.getByRole('status')).toHaveText('Sign in to see this page.');
  await page.getByLabel('Email').fill(demoPatient.email);
  await page.getByLabel('Password').fill(demoPatient.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/profile$/);
});

test('signing in from the menu says nothing of the kind', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expect(page.getByText('Sign in to see this page.')).toHaveCount(0);
});
