// What every changed page must pass at a laptop's and a phone's width: no serious accessibility
// violation (axe-core, WCAG 2.1 A and AA rules), nothing scrolling sideways, and a screenshot in
// e2e/screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const screenshotDir = resolve(import.meta.dirname, '..', 'screenshots');
const laptop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

/** Checks the page as it is at each width, saved as `<name>-<width>.png`, and leaves it at the laptop's. */
export async function checkLayout(page: Page, name: string) {
  for (const viewport of [laptop, phone]) {
    await page.setViewportSize(viewport);
    await expect(page.locator('.loading')).toHaveCount(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }));
    expect(serious, `${name} at ${viewport.width}px`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${viewport.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: `${screenshotDir}/${name}-${viewport.width}.png`, fullPage: true });
  }
  await page.setViewportSize(laptop);
}
