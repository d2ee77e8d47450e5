// Reviews of a doctor, through the app. A patient books the demo doctor; with the server's and
// the browser's clocks moved past the start, the doctor marks the visit completed, and the patient
// reviews it from their past appointments: four stars chosen with the keyboard, an accented
// comment and a name of their choosing. Signed out, the search ranks the doctor first by rating
// and the doctor's page shows the stars, the count, the review and how reviews are checked, in
// English and French. The doctor, on their own page, reports the review to the moderators. An
// instance started with MEDIMEET_REVIEWS=off shows no star and no review.
import { test, expect, signIn, demoDoctor } from './support/fixtures';
import { checkLayout } from './support/layout';

test('a patient reviews a completed visit, the doctor’s page shows it, the doctor reports it', async ({
  page, api, stack,
}) => {
  test.setTimeout(240_000);
  const doctor = (await api.login(demoDoctor)).user;
  const patient = await api.verifiedPatient('Bérénice Lefèvre');
  const patientLogin = { email: patient.email, password: patient.password };
  const start = await api.firstFreeSlot(doctor._id);
  const appointment = await api.call<{ _id: string }>('POST', '/appointments',
                                                       { doctorId: doctor._id, appointmentDate: start }, patient.token);
  const comment = 'Médecin très à l’écoute : des explications claires, sans précipitation.';
  const displayName = 'Bérénice L.';

  try {
    await test.step('once the visit has started, the doctor marks it completed', async () => {
      // A minute past the start, on the server (libfaketime) and in the browser alike.
      const offsetMs = Date.parse(start) - Date.now() + 60_000;
      await stack.restartServer({ clockOffsetSeconds: Math.ceil(offsetMs / 1000) });
      await page.clock.install({ time: Date.now() + offsetMs });
      // Sessions end after 12 idle hours: the moved clock may have ended the earlier one.
      const session = await api.login(demoDoctor);
      await api.call('POST', `/appointments/${appointment._id}/complete`, undefined, session.token);
    });

    const section = page.getByRole('region', { name: 'Your review of this visit' });
    await test.step('the patient reviews the visit from their past appointments', async () => {
      await signIn(page, patientLogin);
      await page.getByRole('region', { name: 'Past' }).getByRole('link', { name: 'Review this visit' }).click();
      const form = section.getByRole('form', { name: 'Your review of this visit' });
      const rating = form.getByRole('group', { name: 'Your rating' });
      await form.getByRole('button', { name: 'Publish my review' }).click();
      await expect(rating).toHaveAccessibleDescription(/Choose a rating from 1 to 5 stars\./);
      // The stars are radio buttons: the arrows move from one to the next.
      await rating.getByRole('radio', { name: '3 stars' }).check();
      await page.keyboard.press('ArrowRight');
      await expect(rating.getByRole('radio', { name: '4 stars' })).toBeChecked();
      await expect(rating.getByRole('radio', { name: '4 stars' })).toBeFocused();
      await form.getByLabel('Your comment (optional)').fill(comment);
      await form.getByLabel('Name shown with your review (optional)').fill(displayName);
      await checkLayout(page, 'reviews-form');

      await form.getByRole('button', { name: 'Publish my review' }).click();
      await expect(section.getByRole('status')).toHaveText('Your review is published.');
      await expect(section.getByRole('heading', { name: 'Your review of this visit' })).toBeFocused();
      await expect(section).toContainText('Published');
      await expect(section.getByRole('img', { name: 'Rated 4 out of 5' })).toBeVisible();
      await expect(section).toContainText(comment);
      await expect(section.getByRole('definition').filter({ hasText: displayName })).toBeVisible();
      await expect(section.getByRole('button', { name: 'Edit my review' })).toBeVisible();
      await checkLayout(page, 'reviews-written');
    });

    await test.step('signed out, the search ranks the doctor first by rating', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.goto('/doctors');
      await page.getByLabel('Sort by').selectOption('Best rated');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(/sort=rating/);
      // One review of 4 stars puts the doctor above those without any (3.5 each, as the API says).
      const first = page.getByRole('article').first();
      await expect(first).toContainText(doctor.name);
      await expect(first.getByRole('img', { name: 'Rated 4 out of 5 from 1 review' })).toBeVisible();
    });

    await test.step('the doctor’s page shows the rating, the review and how reviews are checked', async () => {
      await page.goto(`/doctors/${doctor._id}`);
      await expect(page.getByRole('region', { name: 'Profile' })
        .getByRole('img', { name: 'Rated 4 out of 5 from 1 review' })).toBeVisible();
      const reviews = page.getByRole('region', { name: 'Patients’ reviews' });
      await expect(reviews.getByRole('region', { name: 'How reviews are collected and checked' }))
        .toContainText('one per visit, within 60 days of it');
      const review = reviews.getByRole('article', { name: displayName });
      await expect(review.getByRole('img', { name: 'Rated 4 out of 5' })).toBeVisible();
      await expect(review).toContainText(comment);
      await expect(reviews.getByRole('button', { name: 'Report to the moderators' })).toHaveCount(0);
      await checkLayout(page, 'reviews-doctor');

      await page.getByRole('button', { name: 'Français' }).click();
      const avis = page.getByRole('region', { name: 'Avis des patients' });
      await expect(avis.getByRole('region', { name: 'Comment les avis sont recueillis et contrôlés' }))
        .toContainText('Aucun avis ne donne lieu à une rémunération ni à une contrepartie.');
      await expect(page.getByRole('img', { name: 'Note : 4 sur 5, d’après 1 avis' })).toBeVisible();
      await checkLayout(page, 'reviews-doctor-fr');
      await page.getByRole('button', { name: 'English' }).click();
    });

    await test.step('on their own page, the doctor reports the review to the moderators', async () => {
      await signIn(page, demoDoctor);
      await page.goto(`/doctors/${doctor._id}`);
      const reviews = page.getByRole('region', { name: 'Patients’ reviews' });
      await expect(reviews).toContainText('Patients see these reviews on your public page.');
      const review = reviews.getByRole('article', { name: displayName });
      const report = review.getByRole('button', { name: 'Report to the moderators' });
      const form = review.getByRole('form', { name: 'Report to the moderators' });
      const reason = form.getByLabel('Reason for your report');
      await report.click();
      await expect(reason).toBeFocused();
      // Canceling gives the focus back to the button.
      await form.getByRole('button', { name: 'Cancel' }).click();
      await expect(report).toBeFocused();
      await report.click();
      await form.getByRole('button', { name: 'Send the report' }).click();
      await expect(reason).toHaveAccessibleDescription(/Say how the review breaks the rules\./);
      await reason.fill('Ce commentaire décrit l’état de santé d’une autre patiente.');
      await checkLayout(page, 'reviews-report');
      await form.getByRole('button', { name: 'Send the report' }).click();
      const reported = review.getByText('Reported', { exact: true });
      await expect(reported).toBeVisible();
      await expect(review.getByText(/It stays shown until they decide\./)).toBeFocused();
      await expect(form).toHaveCount(0);
      // Still shown, and its author sees that the moderators are checking it.
      const author = await api.login(patientLogin);
      const own = await api.call<{ status: string }>('GET', `/appointments/${appointment._id}/review`, undefined, author.token);
      expect(own.status).toBe('flagged');
    });
  } finally {
    // Later spec files expect the server on real time and the demo doctor without reviews.
    await stack.restartServer();
    const author = await api.login(patientLogin);
    const own = await api.call<{ _id: string }>('GET', `/appointments/${appointment._id}/review`, undefined, author.token)
      .catch(() => null);
    if (own) await api.call('DELETE', `/reviews/${own._id}`, undefined, author.token);
  }
});

test('an instance without reviews shows no star and no review', async ({ page, api, stack }) => {
  const doctorId = (await api.login(demoDoctor)).user._id;
  try {
    await stack.restartServer({ env: { MEDIMEET_REVIEWS: 'off' } });
    // What the app shows depends on the server's answer: wait for it before looking for what is not there.
    const features = page.waitForResponse('**/api/v1/instance');
    await page.goto('/doctors');
    expect(await (await features).json()).toMatchObject({ reviews: false });
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByLabel('Sort by').getByRole('option')).toHaveText(['Name (A to Z)', 'Most experienced']);
    await expect(page.getByRole('img', { name: /out of 5/ })).toHaveCount(0);
    await expect(page.getByText('No reviews yet')).toHaveCount(0);

    await page.goto(`/doctors/${doctorId}`);
    await expect(page.getByRole('region', { name: 'Profile' })).toBeVisible();
    await expect(page.getByRole('img', { name: /out of 5/ })).toHaveCount(0);
    await expect(page.getByText('No reviews yet')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Patients’ reviews' })).toHaveCount(0);
  } finally {
    await stack.restartServer();
  }
});
