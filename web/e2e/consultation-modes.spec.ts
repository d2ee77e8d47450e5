// Consultation modes and the RPPS number: the demo doctor gives their RPPS number (the form checks
// its length and check digit, as the server does) and ticks "By video" in their profile; a patient
// finds them with the search's video filter, sees how they consult and their RPPS number on their
// page, chooses to consult by video when booking (no visit reason fixes the mode) and finds
// "Video" on the appointment, as the doctor does in the agenda. Each page passes axe and fits a
// laptop and a phone, with screenshots in e2e/screenshots/.
import { test, expect, signIn, demoDoctor, type ApiHelper, type ApiSession } from './support/fixtures';
import { checkLayout } from './support/layout';
import { firstSlot, showNextWeek } from './support/slots';

const rppsNumber = '10003456786';

/** The demo doctor serves the other spec files, which book them at the practice without a reason. */
async function restoreDoctor(api: ApiHelper, doctor: ApiSession) {
  const { visitReasons } = await api.call<{ visitReasons: Array<{ _id: string }> }>(
    'GET', '/doctors/me/visit-reasons', undefined, doctor.token);
  for (const reason of visitReasons) {
    await api.call('DELETE', `/doctors/me/visit-reasons/${reason._id}`, undefined, doctor.token);
  }
  await api.call('PATCH', '/doctors/me', { consultationModes: ['inPerson'], rppsNumber: null }, doctor.token);
}

test('a doctor who also consults by video is found by it, and a patient books a video consultation', async ({
  page, api,
}) => {
  test.setTimeout(300_000);
  const doctor = await api.login(demoDoctor);
  await restoreDoctor(api, doctor);
  const patient = await api.verifiedPatient('Margaux Lemaire');
  let appointmentId = '';

  try {
    await test.step('the doctor gives their RPPS number and ticks “By video”', async () => {
      await signIn(page, demoDoctor);
      await page.goto('/practice/profile');
      const rpps = page.getByLabel('RPPS number (optional)');
      const modes = page.getByRole('group', { name: 'How you consult' });
      const save = page.getByRole('button', { name: 'Save the profile' });
      // Said by the form before any request: a digit short, then a wrong check digit.
      await rpps.fill('1000345678');
      await save.click();
      await expect(rpps).toHaveAccessibleDescription(/Enter the 11 digits of your RPPS number, or leave it empty\./);
      await rpps.fill('10003456789');
      await save.click();
      await expect(rpps).toHaveAccessibleDescription(/its last digit does not match the others/);
      await rpps.fill('100 034 567 86');
      // At least one way of consulting.
      await modes.getByRole('checkbox', { name: 'At the practice' }).uncheck();
      await save.click();
      await expect(modes).toHaveAccessibleDescription(/Tick at least one way of consulting\./);
      await modes.getByRole('checkbox', { name: 'At the practice' }).check();
      await modes.getByRole('checkbox', { name: 'By video' }).check();

      const saving = page.waitForRequest((request) => request.method() === 'PATCH' && request.url().endsWith('/doctors/me'));
      await save.click();
      expect((await saving).postDataJSON()).toMatchObject({ rppsNumber, consultationModes: ['inPerson', 'video'] });
      await expect(page.getByRole('status').filter({ hasText: 'Your profile is saved' })).toBeVisible();
      await page.reload();
      await expect(rpps).toHaveValue(rppsNumber);
      await expect(modes.getByRole('checkbox', { name: 'By video' })).toBeChecked();
      await checkLayout(page, 'doctor-profile-modes');
    });

    const results = page.getByRole('region', { name: 'Results' });

    await test.step('a patient finds the doctor with the video filter', async () => {
      await signIn(page, patient);
      await page.goto('/doctors');
      await page.getByRole('checkbox', { name: 'Video consultation' }).check();
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(/[?&]mode=video/);
      // The other demo doctors consult at the practice only.
      await expect(results.getByRole('status')).toHaveText('1 doctor found.');
      const card = results.getByRole('listitem');
      await expect(card.getByRole('heading', { level: 3 })).toHaveText('Dr Hélène Durand');
      await expect(card.getByRole('definition').filter({ hasText: 'At the practice and by video' })).toBeVisible();
      await expect(page.getByRole('checkbox', { name: 'Video consultation' })).toBeChecked();
      await checkLayout(page, 'search-video');
      await page.getByRole('button', { name: 'Français' }).click();
      await expect(page.getByRole('checkbox', { name: 'Consultation vidéo' })).toBeChecked();
      await expect(page.getByRole('region', { name: 'Résultats' }).getByRole('listitem')).toContainText('Au cabinet et en vidéo');
      await page.getByRole('button', { name: 'English' }).click();
    });

    const booking = page.getByRole('region', { name: 'Book an appointment' });

    await test.step('the doctor’s page says how they consult, with their RPPS number', async () => {
      await results.getByRole('link', { name: 'Dr Hélène Durand' }).click();
      const profile = page.getByRole('region', { name: 'Profile' });
      await expect(profile.getByRole('definition').filter({ hasText: 'At the practice and by video' })).toBeVisible();
      await expect(profile.getByRole('definition').filter({ hasText: rppsNumber })).toBeVisible();
    });

    await test.step('the patient chooses to consult by video', async () => {
      await showNextWeek(booking);
      const { button: slot, start } = await firstSlot(booking);
      await slot.click();
      await expect(booking.getByRole('heading', { name: 'Confirm your appointment' })).toBeFocused();
      const choice = booking.getByRole('group', { name: 'How would you like to consult?' });
      await expect(choice.getByRole('radio', { name: 'At the practice' })).toBeChecked();
      // At the practice, the details say where; by video, there is no place to go.
      await expect(booking.getByRole('term').filter({ hasText: /^(Location|Address)$/ })).toHaveCount(1);
      await choice.getByRole('radio', { name: 'By video' }).check();
      await expect(booking.getByRole('term').filter({ hasText: /^(Location|Address)$/ })).toHaveCount(0);
      await checkLayout(page, 'patient-confirm-video');

      const request = page.waitForRequest((sent) => sent.method() === 'POST' && sent.url().endsWith('/api/v1/appointments'));
      await booking.getByRole('button', { name: 'Confirm the booking' }).click();
      expect((await request).postDataJSON()).toMatchObject({ doctorId: doctor.user._id, appointmentDate: start, mode: 'video' });
      const booked = page.getByRole('region', { name: 'Your appointment is booked' });
      await expect(booked.getByRole('status')).toContainText('is confirmed');
      await expect(booked.getByRole('definition').filter({ hasText: /^Video$/ })).toBeVisible();
    });

    await test.step('the appointment says it is by video', async () => {
      await page.getByRole('link', { name: 'See my appointments' }).click();
      const appointment = page.getByRole('region', { name: 'Upcoming' }).getByRole('article', { name: 'Dr Hélène Durand' });
      await expect(appointment).toContainText('Consultation: Video');
      const link = await appointment.getByRole('link', { name: 'Reschedule' }).getAttribute('href');
      appointmentId = link!.split('/')[2]!;
      await checkLayout(page, 'patient-appointments-video');
      await page.getByRole('button', { name: 'Français' }).click();
      await expect(page.getByRole('region', { name: 'À venir' }).getByRole('article'))
        .toContainText('Consultation : Vidéo');
      await page.getByRole('button', { name: 'English' }).click();
    });

    await test.step('the doctor finds it in the agenda', async () => {
      const { appointmentDate } = await api.call<{ appointmentDate: string }>(
        'GET', `/appointments/${appointmentId}`, undefined, doctor.token);
      await signIn(page, demoDoctor);
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(appointmentDate));
      await page.goto(`/practice?view=day&day=${day}`);
      await page.getByRole('link', { name: /Margaux Lemaire, .*Video/ }).click();
      const appointment = page.getByRole('dialog').getByRole('article', { name: /Margaux Lemaire/ });
      await expect(appointment).toContainText('Consultation: Video');
      await checkLayout(page, 'doctor-agenda-video');
    });
  } finally {
    if (appointmentId) await api.call('POST', `/appointments/${appointmentId}/cancel`, {}, doctor.token);
    await restoreDoctor(api, doctor);
  }
});
