// Visit reasons: the demo doctor offers a 45-minute reason from the workspace (at the practice, the
// only way they consult until they tick video in their profile, which a video reason then keeps);
// a patient who reads French picks it before a time, is offered slots of 45 minutes, books one and
// finds the reason on the appointment, as the doctor does in the agenda. Each page the reasons
// changed passes axe and fits a laptop and a phone, with screenshots in e2e/screenshots/ for a
// person to look at.
import { test, expect, signIn, demoDoctor, type ApiHelper } from './support/fixtures';
import { checkLayout } from './support/layout';

interface Reason {
  _id: string;
  name: string;
}

interface Slot {
  start: string;
  end: string;
}

/**
 * The demo doctor serves the other spec files, which book them without a reason at the practice:
 * leave no reason, and the practice as the only way they consult.
 */
async function removeReasons(api: ApiHelper, token: string) {
  const { visitReasons } = await api.call<{ visitReasons: Reason[] }>('GET', '/doctors/me/visit-reasons', undefined,
                                                                     token);
  for (const reason of visitReasons) {
    await api.call('DELETE', `/doctors/me/visit-reasons/${reason._id}`, undefined, token);
  }
  await api.call('PATCH', '/doctors/me', { consultationModes: ['inPerson'] }, token);
}

test('a doctor offers a 45-minute reason, and a patient reading French books it', async ({ page, api }) => {
  test.setTimeout(300_000);
  const doctor = await api.login(demoDoctor);
  const reasonName = 'Bilan cardiaque complet';
  const instructions = 'Apportez votre dernier ECG et vos ordonnances.';
  await removeReasons(api, doctor.token);

  try {
    await test.step('the doctor adds the reason, told of a fee the server refuses next to its field', async () => {
      await signIn(page, demoDoctor);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Visit reasons' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Visit reasons');
      const list = page.getByRole('region', { name: 'Your reasons' });
      await expect(list).toContainText('You offer no reasons yet: patients book consultations of 30 minutes');

      const form = page.getByRole('region', { name: 'Add a reason' });
      // The doctor consults at the practice only: no other way to offer.
      const modes = form.getByRole('group', { name: 'Consultation' });
      await expect(modes.getByRole('radio')).toHaveCount(1);
      await expect(modes.getByRole('radio', { name: 'At the practice' })).toBeChecked();
      await expect(modes).toHaveAccessibleDescription(/The only way you consult/);
      await form.getByLabel('Name').fill(reasonName);
      await form.getByLabel('Length (minutes)').fill('45');
      // Within the form's range, but with more decimals than euros have: the server says so.
      const fee = form.getByLabel('Fee (€, optional)');
      await fee.fill('75.555');
      await form.getByLabel('Instructions for patients (optional)').fill('Apportez votre dernier ECG.');
      await form.getByRole('button', { name: 'Add the reason' }).click();
      await expect(fee).toHaveAttribute('aria-invalid', 'true');
      await expect(fee).toHaveAccessibleDescription(/may have at most 2 decimals/);
      await fee.fill('75');
      await form.getByRole('button', { name: 'Add the reason' }).click();
      await expect(form.getByRole('status')).toHaveText(`Reason added: ${reasonName}.`);

      const entry = list.getByRole('listitem').filter({ hasText: reasonName });
      await expect(entry).toContainText('45 minutes');
      await expect(entry).toContainText('€75.00');
      await expect(entry).toContainText('At the practice');
      await expect(entry).toContainText('All patients');
    });

    await test.step('the doctor changes it in place', async () => {
      const entry = page.getByRole('region', { name: 'Your reasons' }).getByRole('listitem')
        .filter({ hasText: reasonName });
      await entry.getByRole('button', { name: 'Edit' }).click();
      await expect(entry.getByLabel('Name')).toBeFocused();
      await checkLayout(page, 'doctor-visit-reason-edit');
      await entry.getByLabel('Instructions for patients (optional)').fill(instructions);
      await entry.getByRole('button', { name: 'Save the reason' }).click();
      await expect(entry.getByRole('status')).toHaveText(`Reason saved: ${reasonName}.`);
      await expect(entry.getByRole('button', { name: 'Edit' })).toBeFocused();
      await expect(entry).toContainText(instructions);
    });

    await test.step('the doctor consults by video too, and cannot stop while a reason is by video', async () => {
      await page.goto('/practice/profile');
      const modes = page.getByRole('group', { name: 'How you consult' });
      await expect(modes.getByRole('checkbox', { name: 'At the practice' })).toBeChecked();
      await modes.getByRole('checkbox', { name: 'By video' }).check();
      const saving = page.waitForRequest((request) => request.method() === 'PATCH' && request.url().endsWith('/doctors/me'));
      await page.getByRole('button', { name: 'Save the profile' }).click();
      expect((await saving).postDataJSON()).toMatchObject({ consultationModes: ['inPerson', 'video'] });
      await expect(page.getByRole('status').filter({ hasText: 'Your profile is saved' })).toBeVisible();

      // A second reason, by video, for the patients the doctor has seen, through the API.
      await api.call('POST', '/doctors/me/visit-reasons',
                     { name: 'Suivi', durationMinutes: 20, mode: 'video', newPatients: false }, doctor.token);
      await page.reload();
      await modes.getByRole('checkbox', { name: 'By video' }).uncheck();
      await page.getByRole('button', { name: 'Save the profile' }).click();
      await expect(modes).toHaveAccessibleDescription(/The visit reason “Suivi” is still by video: change or remove it first\./);
      await expect(modes.getByRole('checkbox', { name: 'At the practice' })).toBeFocused();
      await page.getByRole('button', { name: 'Français' }).click();
      await page.reload();
      const modesFr = page.getByRole('group', { name: 'Comment vous consultez' });
      await modesFr.getByRole('checkbox', { name: 'En vidéo' }).uncheck();
      await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
      await expect(modesFr)
        .toHaveAccessibleDescription(/Le motif « Suivi » est encore en vidéo : modifiez-le ou retirez-le d’abord\./);
      await checkLayout(page, 'doctor-profile-mode-kept-fr');
      await page.getByRole('button', { name: 'English' }).click();
      await page.reload();
      await expect(modes.getByRole('checkbox', { name: 'By video' })).toBeChecked();
    });

    // The list shows both reasons; a new one may be at the practice or by video.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Visit reasons' }).click();
    await expect(page.getByRole('region', { name: 'Your reasons' }).getByRole('listitem')).toHaveCount(2);
    const newModes = page.getByRole('region', { name: 'Add a reason' }).getByRole('group', { name: 'Consultation' });
    await expect(newModes.getByRole('radio', { name: 'At the practice' })).toBeChecked();
    await expect(newModes.getByRole('radio', { name: 'Video' })).not.toBeChecked();
    await checkLayout(page, 'doctor-visit-reasons');

    const { visitReasons } = await api.call<{ visitReasons: Reason[] }>(
      'GET', `/doctors/${doctor.user._id}/visit-reasons`);
    const reasonId = visitReasons.find((reason) => reason.name === reasonName)!._id;
    const patient = await api.verifiedPatient('Chloé Lefort');
    const booking = page.getByRole('region', { name: 'Prendre rendez-vous' });
    let start = '';

    await test.step('the patient, in French, picks the reason before a time', async () => {
      await signIn(page, patient);
      await page.getByRole('button', { name: 'Français' }).click();
      await page.goto(`/doctors/${doctor.user._id}`);
      await expect(page.getByRole('region', { name: 'Profil' })).toContainText('20 à 45 minutes');
      await expect(page.getByRole('region', { name: 'Profil' }).getByRole('definition')
        .filter({ hasText: 'Au cabinet et en vidéo' })).toBeVisible();
      await expect(booking.getByRole('heading', { name: 'Quel est le motif de votre consultation ?' })).toBeVisible();
      const option = booking.getByRole('article', { name: reasonName });
      await expect(option).toContainText('45 minutes');
      await expect(option).toContainText('75,00 €');
      await expect(option).toContainText('Au cabinet');
      await expect(option).toContainText(instructions);
      const followUp = booking.getByRole('article', { name: 'Suivi' });
      await expect(followUp).toContainText('Pour les patients déjà vus par le médecin');
      await expect(followUp).toContainText('Vidéo');
      // No fee of its own: the doctor's.
      await expect(followUp).toContainText('30,00 €');
      await checkLayout(page, 'patient-visit-reasons-fr');

      await option.getByRole('button', { name: `Choisir ${reasonName}` }).click();
      await expect(page).toHaveURL(new RegExp(`reason=${reasonId}`));
      const chosen = booking.getByText(`Motif de consultation : ${reasonName} · 45 minutes · Au cabinet`);
      await expect(chosen).toBeFocused();
    });

    await test.step('the slots offered last 45 minutes', async () => {
      // The next week, so that the time is far enough ahead whatever the hour.
      const nextWeek = page.waitForResponse((response) =>
        response.url().includes(`/doctors/${doctor.user._id}/slots?`) && response.ok());
      await booking.getByRole('button', { name: 'Semaine suivante' }).click();
      const answer = await nextWeek;
      expect(new URL(answer.url()).searchParams.get('reasonId')).toBe(reasonId);
      const { slots } = (await answer.json()) as { slots: Slot[] };
      expect(slots.length).toBeGreaterThan(0);
      for (const slot of slots) expect(Date.parse(slot.end) - Date.parse(slot.start), slot.start).toBe(45 * 60_000);

      const slot = booking.getByRole('button', { name: /^\d{2}:\d{2}/ }).first();
      start = (await slot.locator('time').getAttribute('datetime'))!;
      expect(slots.map((offered) => offered.start)).toContain(start);
      await checkLayout(page, 'patient-visit-reason-slots-fr');
      await slot.click();
    });

    await test.step('the confirmation shows the reason, and the URL keeps it', async () => {
      const confirm = booking.getByRole('heading', { name: 'Confirmez votre rendez-vous' });
      await expect(confirm).toBeFocused();
      await page.reload();
      await expect(confirm).toBeVisible();
      for (const text of [reasonName, '45 minutes', 'Au cabinet', '75,00 €', instructions]) {
        await expect(booking.getByRole('definition').filter({ hasText: text })).toBeVisible();
      }
      await expect(booking.locator(`time[datetime="${start}"]`)).toBeVisible();
      await checkLayout(page, 'patient-visit-reason-confirm-fr');

      const request = page.waitForRequest((sent) =>
        sent.method() === 'POST' && sent.url().endsWith('/api/v1/appointments'));
      await booking.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();
      expect((await request).postDataJSON())
        .toMatchObject({ doctorId: doctor.user._id, appointmentDate: start, reasonId });
      const booked = page.getByRole('region', { name: 'Votre rendez-vous est réservé' });
      await expect(booked.getByRole('status')).toContainText('est confirmé');
      await expect(booked).toContainText(reasonName);
    });

    await test.step('the patient finds the reason on their appointment', async () => {
      await page.getByRole('link', { name: 'Voir mes rendez-vous' }).click();
      const appointment = page.getByRole('region', { name: 'À venir' }).getByRole('article');
      // Its start first, then until when it can be changed online.
      await expect(appointment.locator('time').first()).toHaveAttribute('datetime', start);
      await expect(appointment).toContainText(`Motif de consultation : ${reasonName} · Au cabinet`);
      await expect(appointment).toContainText('45 minutes');
      await checkLayout(page, 'patient-appointments-reason-fr');
    });

    await test.step('moving the appointment keeps its reason, and so its length', async () => {
      const slots = page.waitForResponse((response) =>
        response.url().includes(`/doctors/${doctor.user._id}/slots?`) && response.ok());
      await page.getByRole('region', { name: 'À venir' }).getByRole('link', { name: 'Déplacer' }).click();
      expect(new URL((await slots).url()).searchParams.get('reasonId')).toBe(reasonId);
      await expect(page.getByRole('region', { name: 'Rendez-vous actuel' })).toContainText(reasonName);
      await checkLayout(page, 'patient-reschedule-reason-fr');
    });

    await test.step('the doctor finds it in the agenda', async () => {
      await page.getByRole('button', { name: 'English' }).click();
      await signIn(page, demoDoctor);
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(start));
      await page.goto(`/practice?view=day&day=${day}`);
      await page.getByRole('link', { name: new RegExp(`Chloé Lefort, .*${reasonName}`) }).click();
      const appointment = page.getByRole('dialog').getByRole('article', { name: /Chloé Lefort/ });
      await expect(appointment).toContainText(`Reason for the visit: ${reasonName} · At the practice`);
      await checkLayout(page, 'doctor-agenda-reason');
    });
  } finally {
    await removeReasons(api, doctor.token);
  }
});
