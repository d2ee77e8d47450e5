// Paying when booking, through the app and the fake Stripe (a program of its own, see
// support/paymentProvider.ts). The demo doctor asks for video consultations to be paid as they are
// booked. A patient books one: the booking step gives the fee, says it is paid now and offers the
// card; they pay on the provider's page, come back to "Paid", find the payment on the appointment,
// cancel it and see the refund, also in their payments. The doctor sees it in theirs and, in the
// profile, the choice of payment and the server's word that it needs a fee. Another patient goes
// to the provider's page and comes back without paying: the page says until when they can still
// pay, and they cancel the booking instead. Each page passes axe and fits a laptop and a phone,
// with screenshots in e2e/screenshots/ (one set in French).
import type { Locator } from '@playwright/test';
import { test, expect, signIn, demoDoctor, ApiHelper } from './support/fixtures';
import { addDays, parisDay, zone } from './support/days';
import { checkLayout } from './support/layout';
import { FakePaymentProvider } from './support/paymentProvider';
import { showNextWeek, SLOT_TIME } from './support/slots';

const provider = new FakePaymentProvider();

test.beforeAll(async ({ stack }) => {
  // Started before medimeet, which reads its address at start.
  await provider.start(stack.baseURL);
  await stack.restartServer({ env: provider.medimeetEnv });
  const api = new ApiHelper(stack);
  const doctor = await api.login(demoDoctor);
  await api.call('PATCH', '/doctors/me', { consultationModes: ['inPerson', 'video'], prepayment: 'video' }, doctor.token);
});

test.afterAll(async ({ stack }) => {
  // Later spec files book the demo doctor at the practice, unpaid, on a server without payments;
  // the fee is set again in case the server took the profile saved without one.
  const api = new ApiHelper(stack);
  const doctor = await api.login(demoDoctor);
  await api.call('PATCH', '/doctors/me', { consultationModes: ['inPerson'], prepayment: 'none', price: 30 }, doctor.token);
  await stack.restartServer();
  await provider.stop();
});

/** Shows the calendar's next week, where a booking can still be canceled online, and picks its first free time. */
async function pickNextWeekSlot(calendar: Locator) {
  await showNextWeek(calendar);
  await calendar.getByRole('button', { name: SLOT_TIME }).first().click();
  await expect(calendar.getByRole('heading', { name: 'Confirm your appointment' })).toBeFocused();
}

/** A time as the app shows it on the tests' clock (Paris), like "14:35". */
const clockTime = (instant: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));

test('a patient pays a video consultation when booking, cancels it and is refunded', async ({ page, api }) => {
  test.setTimeout(240_000);
  const doctorId = (await api.login(demoDoctor)).user._id;
  const patient = await api.verifiedPatient('Élise Fournier');
  const booking = page.getByRole('region', { name: 'Book an appointment' });
  const appointment = page.getByRole('article', { name: 'Dr Hélène Durand' });
  let appointmentPath = '';

  await test.step('the booking step gives the fee and, by video, says it is paid now by card', async () => {
    await signIn(page, patient);
    await page.goto(`/doctors/${doctorId}`);
    await pickNextWeekSlot(booking);
    await expect(booking.getByRole('definition').filter({ hasText: '€30.00' })).toBeVisible();
    // At the practice the doctor asks for nothing now.
    await expect(booking.getByText(/paid now/)).toHaveCount(0);
    await expect(booking.getByRole('group', { name: 'How would you like to pay?' })).toHaveCount(0);
    await booking.getByRole('group', { name: 'How would you like to consult?' }).getByRole('radio', { name: 'By video' }).check();
    await expect(booking.getByText('The doctor asks for this booking to be paid now: €30.00, by card'))
      .toContainText('If it is not paid within 15 minutes, the booking is canceled.');
    await expect(booking.getByRole('group', { name: 'How would you like to pay?' }).getByRole('radio', { name: 'Card' }))
      .toBeChecked();
    await checkLayout(page, 'payments-booking');
  });

  await test.step('the patient pays on the provider’s page and comes back to a confirmed appointment', async () => {
    await booking.getByRole('button', { name: 'Confirm and pay' }).click();
    await expect(page.getByRole('heading', { name: 'Fake Stripe Checkout' })).toBeVisible();
    await expect(page.getByText('30.00 eur')).toBeVisible();
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect(page).toHaveURL(/\/payments\/[0-9a-f]{24}\?result=paid$/);
    await expect(page.getByRole('status').filter({ hasText: 'Paid: your appointment is confirmed.' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Card' })).toBeVisible();
    await checkLayout(page, 'payments-paid');
  });

  await test.step('the appointment shows its payment', async () => {
    await page.getByRole('link', { name: 'See the appointment' }).click();
    appointmentPath = new URL(page.url()).pathname;
    await expect(appointment).toContainText('Payment: €30.00 · Paid · Card');
    await expect(appointment).toContainText('Consultation: Video');
    await checkLayout(page, 'payments-appointment');
  });

  await test.step('canceled, the appointment is refunded', async () => {
    await appointment.getByRole('button', { name: 'Cancel', exact: true }).click();
    await appointment.getByRole('button', { name: 'Cancel the appointment' }).click();
    await expect(appointment).toContainText('Canceled by you.');
    // The server refunds in the background, asking the provider again until it confirms.
    await expect(async () => {
      await page.reload();
      await expect(appointment).toContainText(/Payment: €30\.00 · Paid · Card · Refunded on \d{1,2} \w+ \d{4}/,
                                              { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
  });

  await test.step('the patient’s payments list it with its refund', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Payments' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payments');
    // The column headers, then the one payment.
    await expect(page.getByRole('row')).toHaveCount(2);
    const row = page.getByRole('row').nth(1);
    await expect(row).toContainText('€30.00');
    await expect(row).toContainText('Paid');
    await expect(row).toContainText('Refunded on');
    await expect(row.getByRole('link', { name: 'See the appointment' })).toHaveAttribute('href', appointmentPath);
    await checkLayout(page, 'payments-list');
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paiements');
    await expect(row).toContainText('30,00 €');
    await expect(row).toContainText('Remboursé le');
    await checkLayout(page, 'payments-list-fr');
    await page.getByRole('button', { name: 'English' }).click();
  });

  await test.step('the doctor sees it in their payments, and chooses which bookings are paid', async () => {
    await signIn(page, demoDoctor);
    await page.goto('/payments');
    await expect(page.getByText('What your patients paid when booking, newest first.')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: '€30.00' }).first()).toContainText('Refunded on');

    await page.goto('/practice/profile');
    const choice = page.getByRole('group', { name: 'Payment when booking' });
    await expect(choice.getByRole('radio', { name: 'Video consultations' })).toBeChecked();
    // Without a fee there is nothing to pay: the server says so under the choice.
    await page.getByLabel('Consultation fee (€)').fill('');
    await choice.getByRole('radio', { name: 'All bookings' }).check();
    await page.getByRole('button', { name: 'Save the profile' }).click();
    await expect(choice).toHaveAccessibleDescription(/needs your consultation fee to be set first/);
    await checkLayout(page, 'payments-doctor-profile');
  });
});

test('a patient back from the provider without paying sees until when to pay, and cancels instead', async ({
  page, api,
}) => {
  const doctorId = (await api.login(demoDoctor)).user._id;
  const patient = await api.verifiedPatient('Noémie Garnier');
  // Next week: the booking can still be canceled online.
  const today = parisDay(Date.now());
  const { slots } = await api.call<{ slots: Array<{ start: string }> }>(
    'GET', `/doctors/${doctorId}/slots?from=${addDays(today, 7)}&to=${addDays(today, 13)}`);
  const booked = await api.call<{ _id: string }>('POST', '/appointments',
                                                 { doctorId, appointmentDate: slots[0]!.start, mode: 'video' }, patient.token);
  const payment = await api.call<{ _id: string; dueBy: string }>(
    'GET', `/appointments/${booked._id}/payment`, undefined, patient.token);
  const unpaid = page.getByRole('status').filter({ hasText: 'Not paid yet' });
  const dueText = `Not paid yet: you have until ${clockTime(payment.dueBy)} to pay, or the booking will be canceled.`;

  await signIn(page, patient);
  await page.goto(`/payments/${payment._id}`);
  await expect(unpaid).toHaveText(dueText);
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page.getByRole('heading', { name: 'Fake Stripe Checkout' })).toBeVisible();
  await page.getByRole('link', { name: 'Cancel and go back' }).click();

  await expect(page).toHaveURL(/\/payments\/[0-9a-f]{24}\?result=canceled$/);
  await expect(unpaid).toHaveText(dueText);
  await expect(page.getByRole('button', { name: 'Pay now' })).toBeEnabled();
  await checkLayout(page, 'payments-unpaid');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pas encore payé' }))
    .toHaveText(`Pas encore payé : vous avez jusqu’à ${clockTime(payment.dueBy)} pour payer, sinon la réservation sera annulée.`);
  await checkLayout(page, 'payments-unpaid-fr');
  await page.getByRole('button', { name: 'English' }).click();

  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('button', { name: 'Cancel the appointment' }).click();
  const canceled = page.getByRole('status').filter({ hasText: 'This booking was canceled before it was paid.' });
  await expect(canceled).toBeVisible();
  await expect(canceled).toBeFocused();
  await expect(page.getByRole('link', { name: 'Book again' })).toHaveAttribute('href', `/doctors/${doctorId}`);
  await expect(page.getByRole('button', { name: 'Pay now' })).toHaveCount(0);
});
