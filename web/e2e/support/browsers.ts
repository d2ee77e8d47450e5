import type { Browser, BrowserContext, BrowserContextOptions } from '@playwright/test';
import { zone } from './days';

/**
 * Another browser of its own (storage, session), as the config's pages are: the same server,
 * language, clock and screen, with `options` on top (permissions, say).
 */
export function newContext(browser: Browser, baseURL: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL, locale: 'en-GB', timezoneId: zone, viewport: { width: 1280, height: 800 }, ...options,
  });
}
