// Practice details and the booking policy: the demo doctor gives the practice's address, phone
// and languages in the profile form; a patient reading French finds them by postcode and by a
// specialty named in French, sees the practice on the doctor's page and when booking, and is told
// until when the appointment can be changed online. For a time within the change notice (the
// server's and the browser's clocks moved three hours before it) they are told plainly that it
// cannot be, and given the practice's phone, which replaces the buttons on the appointment.
import type { Locator } from '@playwright/test';
import { test, expect, signIn, demoDoctor, type ApiHelper } from './support/fixtures';
import { checkLayout } from './support/layout';

interface PostalAddress {
  street: string;
  postcode: string;
  city: string;
  country: string;
}

interface PracticeDetails {
  address: PostalAddress | null;
  phone: string | null;
  accessNotes: string | null;
  languages: string[];
}

interface Slot {
  start: string;
  /** On the doctor's wall clock, like 2026-12-15T14:00. */
  local: string;
}

const street = '12 rue de la Roquette';
const addressLine = `${street}, 75011 Paris`;
const accessNotes = 'Code 4B12, 2e étage à gauche.';
const phoneAsTyped = '01 43 55 66 77';
const phoneE164 = '+33143556677';
const HOUR = 3_600_000;

/** The practice details as they were, to put back: the demo doctor serves the other spec files too. */
async function practiceDetails(api: ApiHelper, token: string): Promise<PracticeDetails> {
  const doctor = await api.call<PracticeDetails>('GET', '/doctors/me', undefined, token);
  const address = doctor.address && {
    street: doctor.address.street, postcode: doctor.address.postcode, city: doctor.address.city,
    country: doctor.address.country,
  };
  return { address, phone: doctor.phone, accessNotes: doctor.accessNotes, languages: doctor.languages };
}

/** The doctor's first free slot starting at 14:00 on their clock in the week after next Monday's. */
async function afternoonSlotNextWeek(api: ApiHelper, doctorId: string): Promise<Slot> {
  const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 24 * HOUR).toISOString().slice(0, 10);
  const { slots } = await api.call<{ slots: Slot[] }>('GET', `/doctors/${doctorId}/slots?from=${day(7)}&to=${day(13)}`);
  const slot = slots.find((free) => free.local.endsWith('T14:00'));
  if (!slot) throw new Error('the demo doctor has no free 14:00 slot next week');
  return slot;
}

/** The link that dials the practice, shown as the number reads in France. */
async function expectPhoneLink(where: Locator) {
  const link = where.getByRole('link', { name: phoneAsTyped });
  await expect(link).toHaveAttribute('href', `tel:${phoneE164}`);
}

test('a practice’s details and the change deadline, from the profile form to the appointment', async ({
  page, api, stack,
}) => {
  test.setTimeout(300_000);
  const doctor = await api.login(demoDoctor);
  const doctorId = doctor.user._id;
  const before = await practiceDetails(api, doctor.token);
  const patient = await api.verifiedPatient('Inès Caron');
  let appointmentId = '';

  try {
    await test.step('the doctor gives the practice’s address, phone and languages', async () => {
      await signIn(page, demoDoctor);
      await page.goto('/practice/profile');
      // The specialty is picked from the catalogue, named in the app's language.
      await expect(page.getByLabel('Specialty').locator('option:checked')).toHaveText('General practice');
      await page.getByLabel('Street').fill(street);
      await page.getByLabel('Postcode').fill('');
      await page.getByLabel('City', { exact: true }).fill('Paris');
      await page.getByLabel('Practice phone').fill(phoneAsTyped);
      await page.getByLabel('How to find the practice').fill(accessNotes);
      const languages = page.getByRole('group', { name: 'Languages spoken at the practice' });
      for (const language of ['French', 'English', 'Spanish']) await languages.getByLabel(language).check();
      await page.getByRole('button', { name: 'Save the profile' }).click();
      // A street and a city without a postcode: said next to the postcode, before any request.
      const postcode = page.getByLabel('Postcode');
      await expect(postcode).toHaveAccessibleDescription(/Enter the street, postcode and city, or leave all three empty\./);
      await postcode.fill('75011');

      const saving = page.waitForRequest((request) => request.method() === 'PATCH' && request.url().endsWith('/doctors/me'));
      await page.getByRole('button', { name: 'Save the profile' }).click();
      expect((await saving).postDataJSON()).toMatchObject({
        address: { street, postcode: '75011', city: 'Paris', country: 'FR' },
        phone: phoneE164, accessNotes, languages: ['fr', 'en', 'es'],
      });
      await expect(page.getByRole('status').filter({ hasText: 'Your profile is saved' })).toBeVisible();
      await page.reload();
      await expect(page.getByLabel('Practice phone')).toHaveValue(phoneAsTyped);
      await expect(page.getByLabel('Country')).toHaveValue('FR');
      await checkLayout(page, 'doctor-profile-practice');
    });

    await test.step('a patient reading French finds the doctor by postcode and specialty', async () => {
      await signIn(page, patient);
      await page.getByRole('button', { name: 'Français' }).click();
      await page.goto('/doctors');
      await page.getByLabel('Spécialité', { exact: true }).selectOption('Médecine générale');
      await page.getByLabel('Ville ou code postal').fill('75011');
      await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
      await expect(page).toHaveURL(/specialty=general-practice/);
      await expect(page).toHaveURL(/location=75011/);
      const results = page.getByRole('region', { name: 'Résultats' });
      await expect(results.getByRole('status')).toHaveText('1 médecin trouvé.');
      const card = results.getByRole('listitem');
      await expect(card.getByRole('heading', { level: 3 })).toHaveText('Dr Hélène Durand');
      await expect(card).toContainText('Médecine générale');
      await checkLayout(page, 'search-postcode-fr');

      // Words people type, as a link from elsewhere would carry them: a general practitioner is
      // a physician, called Dr; a physiotherapist is called by name alone.
      await page.goto('/doctors?specialty=g%C3%A9n%C3%A9raliste&location=75011');
      await expect(results.getByRole('heading', { level: 3 })).toHaveText(['Dr Hélène Durand']);
      await page.goto('/doctors?specialty=kin%C3%A9&location=75011');
      await expect(results.getByRole('heading', { level: 3 })).toHaveText(['Hugo Laurent']);
      await expect(results).toContainText('Kinésithérapie');
    });

    const booking = page.getByRole('region', { name: 'Prendre rendez-vous' });

    await test.step('the doctor’s page shows the practice', async () => {
      await page.goto(`/doctors/${doctorId}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dr Hélène Durand');
      const profile = page.getByRole('region', { name: 'Profil' });
      await expect(profile).toContainText('Médecine générale');
      await expect(profile.getByRole('heading', { name: 'Le cabinet' })).toBeVisible();
      await expect(profile.getByRole('definition').filter({ hasText: addressLine })).toBeVisible();
      await expectPhoneLink(profile);
      await expect(profile).toContainText(accessNotes);
      await expect(profile).toContainText('français, anglais et espagnol');
      // The policy, before the patient picks a time.
      await expect(booking).toContainText('Vous pouvez annuler ou déplacer un rendez-vous en ligne jusqu’à 4 heures avant son début.');
      await checkLayout(page, 'doctor-practice-fr');
    });

    await test.step('a time next week can be changed online until four hours before it', async () => {
      await booking.getByRole('button', { name: 'Semaine suivante' }).click();
      const slot = booking.getByRole('button', { name: /^\d{2}:\d{2}/ }).first();
      const start = (await slot.locator('time').getAttribute('datetime'))!;
      await slot.click();
      await expect(booking.getByRole('heading', { name: 'Confirmez votre rendez-vous' })).toBeFocused();
      await expect(booking.getByRole('definition').filter({ hasText: addressLine })).toBeVisible();
      await expect(booking.getByRole('definition').filter({ hasText: accessNotes })).toBeVisible();
      const deadline = new Date(Date.parse(start) - 4 * HOUR);
      const inWords = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' })
        .format(deadline);
      await expect(booking.getByText('Vous pouvez l’annuler ou le déplacer en ligne jusqu’au'))
        .toHaveText(`Vous pouvez l’annuler ou le déplacer en ligne jusqu’au ${inWords}.`);
      await expect(booking.locator(`time[datetime="${deadline.toISOString()}"]`)).toBeVisible();
      await checkLayout(page, 'patient-confirm-practice-fr');
    });

    await test.step('a time within the change notice cannot be changed online: call the practice', async () => {
      // Three hours before a 14:00 slot, on the server and in the browser: 14:00 is past the
      // minimum notice (2 hours) but within the change notice (4 hours).
      const chosen = await afternoonSlotNextWeek(api, doctorId);
      const offsetMs = Date.parse(chosen.start) - 3 * HOUR - Date.now();
      await stack.restartServer({ clockOffsetSeconds: Math.ceil(offsetMs / 1000) });
      await page.clock.install({ time: Date.now() + offsetMs });
      // Sessions end after 12 idle hours, and the clocks moved days ahead: sign in again (in
      // English, the sign-in helper's words), then back to French.
      await page.getByRole('button', { name: 'English' }).click();
      await signIn(page, patient);
      await page.getByRole('button', { name: 'Français' }).click();

      await page.goto(`/doctors/${doctorId}`);
      const slot = booking.getByRole('button', { name: /^\d{2}:\d{2}/ }).first();
      await expect(slot.locator('time')).toHaveAttribute('datetime', chosen.start);
      await slot.click();
      const warning = booking.locator('.alert-warning');
      await expect(warning).toContainText('Ce créneau commence dans moins de 4 heures : une fois confirmé, '
        + 'le rendez-vous ne pourra être ni annulé ni déplacé en ligne.');
      await expect(warning).toContainText(`Pour l’annuler ou le déplacer, appelez le cabinet : ${phoneAsTyped}`);
      await expectPhoneLink(warning);
      await expect(booking.getByText('jusqu’au')).toHaveCount(0);
      await checkLayout(page, 'patient-confirm-too-late-fr');

      const booked = page.waitForResponse((response) =>
        response.request().method() === 'POST' && response.url().endsWith('/api/v1/appointments'));
      await booking.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();
      appointmentId = ((await (await booked).json()) as { _id: string })._id;
      const success = page.getByRole('region', { name: 'Votre rendez-vous est réservé' });
      await expect(success.getByRole('definition').filter({ hasText: addressLine })).toBeVisible();
      await expectPhoneLink(success);
    });

    await test.step('the appointment offers the practice’s phone instead of canceling or moving it', async () => {
      await page.getByRole('link', { name: 'Voir mes rendez-vous' }).click();
      const appointment = page.getByRole('region', { name: 'À venir' }).getByRole('article', { name: 'Dr Hélène Durand' });
      await expect(appointment).toContainText(`Pour l’annuler ou le déplacer, appelez le cabinet : ${phoneAsTyped}`);
      await expectPhoneLink(appointment);
      await expect(appointment.getByRole('button', { name: 'Ajouter à l’agenda' })).toBeVisible();
      await expect(appointment.getByRole('button', { name: 'Annuler', exact: true })).toHaveCount(0);
      await expect(appointment.getByRole('link', { name: 'Déplacer' })).toHaveCount(0);
      await checkLayout(page, 'patient-appointment-too-late-fr');
    });
  } finally {
    // Later spec files expect the server on real time, and the demo doctor as it was.
    await stack.restartServer();
    const session = await api.login(demoDoctor);
    if (appointmentId) await api.call('POST', `/appointments/${appointmentId}/cancel`, {}, session.token);
    await api.call('PATCH', '/doctors/me', before, session.token);
  }
});
