// Every main page, as a patient, a doctor and a visitor see it: no serious or critical
// accessibility violation (axe-core, WCAG 2.1 A and AA rules), and a screenshot at a laptop's
// and a phone's width in e2e/screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, signIn, demoDoctor, demoPatient, type ApiHelper } from './support/fixtures';

const screenshotDir = resolve(import.meta.dirname, 'screenshots');
const widths = [1280, 390] as const;

interface Booked {
  doctorId: string;
  patientId: string;
  appointmentId: string;
}

/** The demo patient books the demo doctor's first free slot, so agenda and lists have content. */
async function bookDemoAppointment(api: ApiHelper): Promise<Booked> {
  const doctor = await api.login(demoDoctor);
  const patient = await api.login(demoPatient);
  const today = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const { slots } = await api.call<{ slots: Array<{ start: string }> }>(
    'GET', `/doctors/${doctor.user._id}/slots?from=${today}&to=${to}`);
  const appointment = await api.call<{ _id: string }>('POST', '/appointments',
    { doctorId: doctor.user._id, appointmentDate: slots[0]!.start, notes: 'Contrôle annuel' }, patient.token);
  return { doctorId: doctor.user._id, patientId: patient.user._id, appointmentId: appointment._id };
}

async function settle(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

async function checkPage(page: Page, name: string, path: string) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.goto(path);
    await settle(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        rule: violation.id,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    expect(serious, `${name} at ${width}px`).toEqual([]);
    // Nothing may overflow sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: `${screenshotDir}/${name}-${width}.png`, fullPage: true });
  }
}

test('main pages are accessible and fit a laptop and a phone', async ({ page, api }) => {
  test.setTimeout(600_000);
  const booked = await bookDemoAppointment(api);

  await checkPage(page, 'home', '/');
  await checkPage(page, 'search', '/doctors?specialty=cardiology');
  await checkPage(page, 'doctor', `/doctors/${booked.doctorId}`);
  await checkPage(page, 'login', '/login');
  await checkPage(page, 'register', '/register');
  await checkPage(page, 'forgot-password', '/forgot-password');

  await signIn(page, demoPatient);
  await checkPage(page, 'patient-appointments', '/appointments');
  await checkPage(page, 'patient-notifications', '/notifications');
  await checkPage(page, 'patient-profile', '/profile');
  await checkPage(page, 'account', '/account');
  await checkPage(page, 'patient-reschedule', `/appointments/${booked.appointmentId}/reschedule`);

  await signIn(page, demoDoctor);
  await checkPage(page, 'doctor-agenda', '/practice');
  await checkPage(page, 'doctor-hours', '/practice/hours');
  await checkPage(page, 'doctor-time-off', '/practice/time-off');
  await checkPage(page, 'doctor-profile', '/practice/profile');
  await checkPage(page, 'doctor-patients', '/practice/patients');
  await checkPage(page, 'doctor-patient', `/practice/patients/${booked.patientId}`);
  await checkPage(page, 'doctor-stats', '/practice/stats');
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the home and doctor pages are accessible too', async ({ page, api }) => {
    const doctor = await api.login(demoDoctor);
    await checkPage(page, 'home-fr', '/');
    await checkPage(page, 'doctor-fr', `/doctors/${doctor.user._id}`);
  });
});
