import { test, expect } from './support/fixtures';

test('the app opens and signs in the demo patient', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
});
