// The patient's health profile and everyone's account settings, used as a person would: through
// the pages, found by their roles and labels, against a real server and a real mailbox.
import { test, expect, signIn } from './support/fixtures';
import { Mailbox } from './support/mailbox';

test('a patient keeps a health profile and a medical history', async ({ page, api }) => {
  const patient = await api.verifiedPatient('Camille Durand');
  await signIn(page, patient);
  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'My health profile' })).toBeVisible();

  await page.getByLabel('First name').fill('Camille');
  await page.getByLabel('Last name').fill('Durand');
  await page.getByLabel('Date of birth').fill('1990-05-17');
  await page.getByLabel('Gender').selectOption({ label: 'Female' });
  await page.getByLabel('Emergency contact’s name').fill('Louis Durand');
  await page.getByLabel('Emergency contact’s phone').fill('+33 6 98 76 54 32');
  await page.getByLabel('Blood type').selectOption('O+');
  await page.getByLabel('Allergies').fill('Penicillin');
  await page.getByRole('button', { name: 'Save my details' }).click();
  await expect(page.getByText('Your personal details are saved.')).toBeVisible();

  // Two new entries, saved together.
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await page.getByLabel('Condition (entry 1)').fill('Asthma');
  await page.getByLabel('Diagnosis date (entry 1)').fill('2004-09-01');
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await page.getByLabel('Condition (entry 2)').fill('Migraine');
  await page.getByLabel('Diagnosis date (entry 2)').fill('2015-06-10');
  await page.getByRole('button', { name: 'Save the medical history' }).click();
  await expect(page.getByText('Your medical history is saved.')).toBeVisible();

  // One edited, the other removed, saved together.
  await page.getByLabel('Condition (entry 1)').fill('Allergic asthma');
  await page.getByLabel('Notes (entry 1)').fill('Inhaler when needed');
  await page.getByRole('button', { name: 'Remove (entry 2)' }).click();
  await expect(page.getByLabel('Condition (entry 2)')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save the medical history' }).click();
  await expect(page.getByText('Your medical history is saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('First name')).toHaveValue('Camille');
  await expect(page.getByLabel('Last name')).toHaveValue('Durand');
  await expect(page.getByLabel('Date of birth')).toHaveValue('1990-05-17');
  await expect(page.getByLabel('Gender')).toHaveValue('female');
  await expect(page.getByLabel('Emergency contact’s phone')).toHaveValue('06 98 76 54 32');
  await expect(page.getByLabel('Blood type')).toHaveValue('O+');
  await expect(page.getByLabel('Allergies')).toHaveValue('Penicillin');
  await expect(page.getByLabel('Condition (entry 1)')).toHaveValue('Allergic asthma');
  await expect(page.getByLabel('Diagnosis date (entry 1)')).toHaveValue('2004-09-01');
  await expect(page.getByLabel('Notes (entry 1)')).toHaveValue('Inhaler when needed');
  await expect(page.getByLabel('Condition (entry 2)')).toHaveCount(0);

  // A diagnosis in the future: the server's problem shows on that entry's date, nothing is saved.
  const nextYear = new Date().getFullYear() + 1;
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await page.getByLabel('Condition (entry 2)').fill('Broken wrist');
  await page.getByLabel('Diagnosis date (entry 2)').fill(`${nextYear}-01-15`);
  await page.getByLabel('Condition (entry 1)').fill('Asthma, renamed but not saved');
  await page.getByRole('button', { name: 'Save the medical history' }).click();
  const futureDate = page.getByLabel('Diagnosis date (entry 2)');
  await expect(futureDate).toHaveAttribute('aria-invalid', 'true');
  await expect(futureDate).toHaveAccessibleDescription(/must not be in the future/);
  await expect(futureDate).toBeFocused();
  await expect(page.getByLabel('Diagnosis date (entry 1)')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('Some fields need your attention.');

  await page.reload();
  await expect(page.getByLabel('Condition (entry 1)')).toHaveValue('Allergic asthma');
  await expect(page.getByLabel('Condition (entry 2)')).toHaveCount(0);
});

test('a user changes their password and signs in with the new one', async ({ page, api }) => {
  const patient = await api.verifiedPatient('Marc Lefebvre');
  const newPassword = 'a much longer passphrase 42';
  await signIn(page, patient);
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  const password = page.getByRole('region', { name: 'Password' });

  await password.getByLabel('Current password').fill('not my password at all');
  await password.getByLabel('New password', { exact: true }).fill(newPassword);
  await password.getByLabel('Confirm the new password').fill(newPassword);
  await password.getByRole('button', { name: 'Change my password' }).click();
  await expect(password.getByLabel('Current password')).toHaveAccessibleDescription(/is not your current password/);

  await password.getByLabel('Current password').fill(patient.password);
  await password.getByRole('button', { name: 'Change my password' }).click();
  await expect(password.getByText('Your password is changed.')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/login');
  await page.getByLabel('Email address').fill(patient.email);
  await page.getByLabel('Password', { exact: true }).fill(patient.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('This email and password do not match an account.');
  await signIn(page, { email: patient.email, password: newPassword });
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  await expect(page.getByText(`${patient.email} is verified.`)).toBeVisible();
});

test('a user who forgot their password resets it from the emailed link', async ({ page, api, mailbox }) => {
  const patient = await api.verifiedPatient('Inès Moreau');
  const newPassword = 'reset by email link 2026';
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password' })).toBeVisible();
  await page.getByLabel('Email address').fill(patient.email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('a link to reset its password is on its way');

  const message = await mailbox.waitFor(patient.email, /reset your medimeet password/i);
  await page.goto(Mailbox.link(message, '/reset-password'));
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm the new password').fill(newPassword);
  await page.getByRole('button', { name: 'Change my password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password has been changed.');

  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, { email: patient.email, password: newPassword });
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  await expect(page.getByText(`${patient.email} is verified.`)).toBeVisible();
});
