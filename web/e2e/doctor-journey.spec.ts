// A new doctor's first appointment, through the app: registration, profile and weekly hours
// until listed, a patient's booking seen in the agenda, then — with the server's and the
// browser's clocks moved past its start — the appointment completed and counted.
import { test, expect, signIn } from './support/fixtures';
import { Mailbox } from './support/mailbox';

interface Slot {
  start: string;
  local: string;
}

test('a new doctor gets listed, sees a booking and completes it once it has started', async ({
  page, api, mailbox, stack,
}) => {
  const doctorName = 'Hélène Marchand';
  const doctor = {
    email: `helene.marchand.${Date.now()}@example.test`,
    password: 'a long and unusual doctor password',
  };

  try {
    await test.step('register as a doctor and verify the email address', async () => {
      await page.goto('/register');
      await page.getByRole('radio', { name: 'a doctor' }).check();
      await page.getByLabel('Full name').fill(doctorName);
      await page.getByLabel('Email address').fill(doctor.email);
      await page.getByLabel('Mobile phone').fill('+33612345678');
      await page.getByLabel('New password').fill(doctor.password);
      await page.getByRole('button', { name: 'Create my account' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Patients cannot find you yet' })).toBeVisible();

      const message = await mailbox.waitFor(doctor.email, /verify/i);
      await page.goto(Mailbox.link(message, '/verify-email'));
      await expect(page.getByRole('status').filter({ hasText: /verified/i })).toBeVisible();
    });

    await test.step('fill the public profile', async () => {
      await page.goto('/practice');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Public profile' }).click();
      await page.getByLabel('Specialty').selectOption('Dermatology');
      await page.getByLabel('Years of experience').fill('9');
      await page.getByLabel('Consultation fee (€)').fill('45');
      await page.getByLabel('Location').fill('Lyon 3e');
      await page.getByRole('button', { name: 'Save the profile' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Your profile is saved.' })).toBeVisible();
      // Still unlisted: the checklist now only asks for working hours.
      const checklist = page.getByRole('region', { name: 'Patients cannot find you yet' });
      await expect(checklist.getByRole('link', { name: 'At least one weekly working window' })).toBeVisible();
    });

    await test.step('set weekly hours until the profile is listed', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Weekly hours' }).click();
      await page.getByRole('button', { name: 'Add a window on Monday' }).click();
      await page.getByLabel('Monday, window 1, start').fill('08:00');
      await page.getByLabel('Monday, window 1, end').fill('19:00');
      await page.getByRole('button', { name: 'Copy Monday’s hours to Tuesday to Friday' }).click();
      await expect(page.getByLabel('Friday, window 1, end')).toHaveValue('19:00');
      await page.getByRole('button', { name: 'Add a window on Saturday' }).click();
      await page.getByRole('button', { name: 'Add a window on Sunday' }).click();
      await page.getByRole('button', { name: 'Save the weekly hours' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Your profile is listed' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Patients cannot find you yet' })).toHaveCount(0);
    });

    // A patient books the doctor's first free slot.
    const doctorId = (await api.login(doctor)).user._id;
    const patient = await api.verifiedPatient('Camille Durand');
    const { slots } = await api.call<{ slots: Slot[] }>('GET', `/doctors/${doctorId}/slots`);
    const slot = slots[0];
    if (!slot) throw new Error('the newly listed doctor offers no slot this week');
    await api.call('POST', '/appointments',
                   { doctorId, appointmentDate: slot.start, notes: 'Itchy rash on both arms' }, patient.token);
    // The slot's day on the doctor's wall clock (their zone is the server default, Europe/Paris).
    const day = slot.local.slice(0, 10);

    await test.step('see the booking in the agenda', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agenda' }).click();
      await page.getByRole('button', { name: 'Week', exact: true }).click();
      await page.getByLabel('Go to date').fill(day);
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      // On the calendar at its time; opened, what the doctor can do about it.
      await page.getByRole('link', { name: new RegExp(`^${slot.local.slice(11)} – .*Camille Durand, .*Confirmed`) }).click();
      const booking = page.getByRole('dialog').getByRole('article', { name: /Camille Durand/ });
      await expect(booking).toContainText('Confirmed');
      await expect(booking).toContainText('Itchy rash on both arms');
      // Not started yet: only canceling is offered.
      await expect(booking.getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();
      await expect(booking.getByRole('button', { name: 'Mark as completed' })).toHaveCount(0);
    });

    await test.step('after the start, mark the appointment completed', async () => {
      // A minute past the start, on the server (libfaketime) and in the browser alike.
      const offsetMs = Date.parse(slot.start) - Date.now() + 60_000;
      await stack.restartServer({ clockOffsetSeconds: Math.ceil(offsetMs / 1000) });
      // install() moves the browser's clock and lets it keep running (until a pauseAt()).
      await page.clock.install({ time: Date.now() + offsetMs });

      await page.goto(`/practice?view=day&day=${day}`);
      const agendaHeading = page.getByRole('heading', { level: 1, name: 'Agenda' });
      const loginHeading = page.getByRole('heading', { level: 1, name: 'Sign in' });
      await expect(agendaHeading.or(loginHeading)).toBeVisible();
      // Sessions end after 12 idle hours: a clock moved that far has signed the doctor out.
      if (await loginHeading.isVisible()) {
        await signIn(page, doctor);
        await page.goto(`/practice?view=day&day=${day}`);
      }

      await page.getByRole('link', { name: /Camille Durand, .*Outcome to record/ }).click();
      const booking = page.getByRole('dialog').getByRole('article', { name: /Camille Durand/ });
      await booking.getByRole('button', { name: 'Mark as completed' }).click();
      await expect(booking.getByRole('status')).toHaveText('The appointment is marked as completed.');
      await expect(booking).toContainText('Completed');
      await expect(booking.getByRole('button')).toHaveCount(0);
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    });

    await test.step('the statistics count one completed appointment', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statistics' }).click();
      const completed = page.getByRole('row', { name: /^Completed/ });
      await expect(completed.getByRole('cell').first()).toHaveText('1');
      await expect(completed.getByRole('cell').nth(1)).toHaveText('100%');
    });
  } finally {
    // Later spec files expect the server on real time.
    await stack.restartServer();
  }
});
