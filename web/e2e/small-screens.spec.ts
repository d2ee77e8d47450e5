// Layout on a phone (390 × 844) and a laptop (issue 12): nothing scrolls sideways, selects show
// their whole text, the signed-in header stays small, and saving the weekly hours needs no long
// scroll.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, signIn, demoDoctor, demoPatient } from './support/fixtures';

const phone = { width: 390, height: 844 };

async function expectNoSeriousViolation(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  expect(serious, what).toEqual([]);
}

/**
 * How much wider a select is than the width it needs to show its widest option whole: the same
 * select laid out at its natural width (which the browser makes fit every option) is the measure.
 */
function spareWidth(select: Locator): Promise<number> {
  return select.evaluate((element: HTMLSelectElement) => {
    const probe = element.cloneNode(true) as HTMLSelectElement;
    probe.removeAttribute('id');
    Object.assign(probe.style, { width: 'auto', minWidth: '0', maxWidth: 'none', position: 'absolute' });
    element.parentElement!.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    return element.getBoundingClientRect().width - needed;
  });
}

test('a very long email address in the unverified-email banner does not widen the page', async ({ page, api }) => {
  const email = `camille.${'a'.repeat(40)}.${Date.now()}@an-extremely-long-subdomain-of-a-hospital.example.test`;
  const patient = await api.unverifiedPatient('Camille Longue', email);
  await page.setViewportSize(phone);
  await signIn(page, patient);
  await page.goto('/appointments');
  await expect(page.getByText(`follow the link we sent to ${email}`)).toBeVisible();
  const sizes = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
  }));
  expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.clientWidth);
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the search selects show their whole text at 1280 and 390 px', async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/doctors');
      const specialty = page.getByLabel('Spécialité', { exact: true });
      await expect(specialty.locator('option').nth(1)).toBeAttached();
      for (const select of [specialty, page.getByLabel('Trier par')]) {
        expect(await spareWidth(select), `${await select.inputValue()} at ${width}px`).toBeGreaterThanOrEqual(0);
      }
      await expect(specialty.locator('option:checked')).toHaveText('Toutes les spécialités');
    }
  });
});

for (const [role, account] of [['patient', demoPatient], ['doctor', demoDoctor]] as const) {
  test(`a signed-in ${role}’s header takes little of a phone’s screen, its menu one tap away`, async ({ page }) => {
    await page.setViewportSize(phone);
    await signIn(page, account);
    await page.goto(role === 'doctor' ? '/practice' : '/appointments');
    await expect(page.locator('.loading')).toHaveCount(0);
    const header = page.getByRole('banner');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(phone.height * 0.15);
    await expectNoSeriousViolation(page, 'menu closed');

    const menu = header.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expectNoSeriousViolation(page, 'menu open');
    const link = role === 'doctor' ? 'Weekly hours' : 'My health profile';
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Going somewhere closes the menu.
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();

    // Escape closes it too, and gives the focus back to the button.
    await menu.click();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
  });
}

test('on a phone, saving the weekly hours is on screen from the start', async ({ page }) => {
  await page.setViewportSize(phone);
  await signIn(page, demoDoctor);
  await page.goto('/practice/hours');
  const save = page.getByRole('button', { name: 'Save the weekly hours' });
  await expect(save).toBeInViewport({ ratio: 1 });
  await expectNoSeriousViolation(page, 'weekly hours');
  // Still there halfway down the week.
  await page.getByRole('group', { name: 'Thursday' }).scrollIntoViewIfNeeded();
  await expect(save).toBeInViewport({ ratio: 1 });
});
