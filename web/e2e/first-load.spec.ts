// A first visit straight to a lazily loaded page (the practice's) logs no React Router warning,
// and the footer promises only what the app does (issue 11).
import { test, expect, signIn, demoDoctor } from './support/fixtures';

test('opening /practice directly logs no warning, and the footer promises no consultation', async ({ page }) => {
  await signIn(page, demoDoctor);
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') logged.push(message.text());
  });
  await page.goto('/practice');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  expect(logged.filter((text) => text.includes('HydrateFallback'))).toEqual([]);
  await expect(page.getByRole('contentinfo')).toHaveText('MediMeet — find a doctor and book online.');
});
