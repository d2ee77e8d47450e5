// The consultation's papers, in a video room opened now (MEDIMEET_ROOM_EARLY): the demo doctor,
// without an RPPS number, is told where to add it; with one, writes a prescription of two lines
// through the form and attaches a PDF. The patient, whose page was open all along, sees both
// arrive, downloads the prescription's PDF and was notified. The address printed on the PDF shows
// anyone, signed out, that the prescription is genuine, naming the patient by their initials only.
// The room with the form and the check page pass axe and fit a laptop and a phone.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { newContext } from './support/browsers';
import { samplePdf } from './support/files';
import { test, expect, signIn, demoDoctor } from './support/fixtures';
import { checkLayout } from './support/layout';
import { bookVideoAppointment, fakeMediaLaunchOptions, restoreDoctor } from './support/video';

// The room page starts the call: with Chromium's fake camera and microphone rather than none.
test.use({ launchOptions: fakeMediaLaunchOptions });

/** The RPPS number made of `tenDigits` and the Luhn check digit that makes it valid. */
function rppsNumber(tenDigits: string): string {
  let sum = 0;
  // From the right of the whole number, every second digit is doubled: with the check digit
  // appended last, those are the first, third… of these ten from their right.
  [...tenDigits].reverse().forEach((character, index) => {
    const digit = Number(character) * (index % 2 === 0 ? 2 : 1);
    sum += digit > 9 ? digit - 9 : digit;
  });
  return `${tenDigits}${(10 - (sum % 10)) % 10}`;
}

/** The verification address printed on a prescription's PDF, read back with poppler's pdftotext. */
function verificationUrl(pdfPath: string): string {
  // -q: poppler finds fault with the font's ToUnicode map (libharu's), yet reads the text right.
  const text = execFileSync('pdftotext', ['-q', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  const url = /Vérifier cette ordonnance : (\S+)/u.exec(text)?.[1];
  if (!url) throw new Error(`no verification address in the PDF's text:\n${text}`);
  return url;
}

test('the doctor prescribes and attaches a document in the room; the patient gets both; anyone checks the prescription', async ({
  browser, api, stack,
}, testInfo) => {
  test.setTimeout(300_000);
  const patientName = 'Camille Roussel';
  const patient = await api.verifiedPatient(patientName);
  const booking = await bookVideoAppointment(api, patient);
  const { doctor, teleconsultation } = booking;
  await api.call('PATCH', '/doctors/me', { rppsNumber: null }, doctor.token);
  const visitPath = new URL(teleconsultation.videoLink).pathname;
  const pdfName = 'compte-rendu-échographie.pdf';
  const contexts: BrowserContext[] = [];
  const openBrowser = async (): Promise<Page> => {
    const context = await newContext(browser, stack.baseURL, { permissions: ['camera', 'microphone'] });
    contexts.push(context);
    return context.newPage();
  };

  try {
    await stack.restartServer({ env: { MEDIMEET_ROOM_EARLY: booking.roomEarly } });
    const patientPage = await openBrowser();
    const doctorPage = await openBrowser();
    const patientPapers = patientPage.getByRole('region', { name: 'Documents and prescription' });
    const doctorPapers = doctorPage.getByRole('region', { name: 'Documents and prescription' });
    const prescriptionForm = doctorPapers.getByRole('form', { name: 'Write the prescription' });

    await test.step('the patient waits in the room, nothing written yet', async () => {
      await signIn(patientPage, patient);
      await patientPage.goto(visitPath);
      await expect(patientPapers).toContainText('No document attached.');
      await expect(patientPapers).toContainText('No prescription yet.');
      // The prescription is the doctor's to write.
      await expect(patientPapers.getByRole('form')).toHaveCount(0);
      await expect(patientPapers.getByRole('button', { name: 'Attach to the consultation' })).toHaveCount(0);
    });

    await test.step('the doctor fills the form; a line without its medication is pointed out', async () => {
      await signIn(doctorPage, demoDoctor);
      await doctorPage.goto(visitPath);
      await expect(prescriptionForm).toBeVisible();
      const firstMedication = prescriptionForm.getByRole('textbox', { name: 'Medication (line 1)' });
      await firstMedication.fill('Paracétamol 500 mg');
      await prescriptionForm.getByRole('textbox', { name: 'Dose (line 1)' }).fill('1 comprimé');
      await prescriptionForm.getByRole('textbox', { name: 'Frequency (line 1)' }).fill('3 fois par jour');
      await prescriptionForm.getByRole('textbox', { name: 'Duration (line 1)' }).fill('5 jours');
      await prescriptionForm.getByRole('textbox', { name: 'Instructions (line 1)' }).fill('Au milieu des repas.');
      await prescriptionForm.getByRole('button', { name: 'Add a line' }).click();
      const secondMedication = prescriptionForm.getByRole('textbox', { name: 'Medication (line 2)' });
      await expect(secondMedication).toBeFocused();
      await prescriptionForm.getByRole('textbox', { name: 'Frequency (line 2)' }).fill('le soir');
      await prescriptionForm.getByRole('button', { name: 'Save the prescription' }).click();
      await expect(secondMedication).toBeFocused();
      await expect(secondMedication).toHaveAccessibleDescription(/Name the medication, or remove this line\./);
      await secondMedication.fill('Ibuprofène 200 mg');
      await prescriptionForm.getByRole('textbox', { name: 'Notes' }).fill('Boire beaucoup d’eau.\nRevoir si la fièvre dure.');
    });

    await test.step('without an RPPS number, the doctor is told to add it to their profile', async () => {
      await prescriptionForm.getByRole('button', { name: 'Save the prescription' }).click();
      const refusal = prescriptionForm.getByRole('alert');
      await expect(refusal).toContainText('Your RPPS number is printed on every prescription');
      const profileLink = refusal.getByRole('link', { name: 'Add my RPPS number to my profile (opens in a new tab)' });
      await expect(profileLink).toHaveAttribute('href', '/practice/profile');
      await expect(profileLink).toHaveAttribute('target', '_blank');
      await checkLayout(doctorPage, 'prescription-room-form');
      await doctorPage.getByRole('button', { name: 'Français' }).click();
      const formulaire = doctorPage.getByRole('form', { name: 'Rédiger l’ordonnance' });
      await expect(formulaire.getByRole('textbox', { name: 'Médicament (ligne 1)' })).toHaveValue('Paracétamol 500 mg');
      await expect(formulaire.getByRole('alert')).toContainText('ajoutez-le à votre profil');
      await doctorPage.getByRole('button', { name: 'English' }).click();
    });

    await test.step('with one, the prescription is saved and reaches the patient live', async () => {
      await api.call('PATCH', '/doctors/me', { rppsNumber: rppsNumber('1234567890') }, doctor.token);
      await prescriptionForm.getByRole('button', { name: 'Save the prescription' }).click();
      await expect(doctorPapers.getByRole('status').filter({ hasText: 'The prescription is saved' })).toBeVisible();
      await expect(prescriptionForm).toHaveCount(0);
      const lines = doctorPapers.locator('.visit-prescription-lines > li');
      await expect(lines).toHaveText([
        /^Paracétamol 500 mg — 1 comprimé — 3 fois par jour — 5 joursAu milieu des repas\.$/,
        'Ibuprofène 200 mg — le soir',
      ]);
      await expect(doctorPapers.getByRole('button', { name: 'Edit the prescription' })).toBeFocused();
      await expect(patientPapers.locator('.visit-prescription-lines > li')).toHaveText([/^Paracétamol 500 mg/, /^Ibuprofène 200 mg/]);
      await expect(patientPapers).toContainText('Revoir si la fièvre dure.');
      await expect(patientPapers.getByRole('button', { name: 'Edit the prescription' })).toHaveCount(0);
    });

    await test.step('the doctor attaches a PDF, and removes a file attached by mistake', async () => {
      const attach = doctorPapers.getByLabel('Add documents');
      await attach.setInputFiles([
        { name: pdfName, mimeType: 'application/pdf', buffer: samplePdf('Echographie abdominale') },
        { name: 'brouillon.txt', mimeType: 'text/plain', buffer: Buffer.from('Brouillon, pas pour le patient.') },
      ]);
      const chosen = doctorPapers.getByRole('list', { name: 'Documents to attach' });
      await expect(chosen.getByText('Sent', { exact: true })).toHaveCount(2);
      await doctorPapers.getByRole('button', { name: 'Attach to the consultation' }).click();
      await expect(doctorPapers.getByRole('status').filter({ hasText: '2 documents attached.' })).toBeVisible();
      await expect(chosen).toHaveCount(0);
      const attached = doctorPapers.getByRole('list', { name: 'Documents of the consultation' }).getByRole('listitem');
      await expect(attached).toHaveCount(2);
      await expect(attached.filter({ hasText: pdfName })).toContainText('Added by you');
      await attached.getByRole('button', { name: 'Remove brouillon.txt' }).click();
      await expect(doctorPapers.getByRole('status').filter({ hasText: 'brouillon.txt is no longer attached' })).toBeVisible();
      await expect(attached).toHaveCount(1);
      await expect(doctorPapers.getByRole('heading', { name: 'Documents', exact: true })).toBeFocused();
      await checkLayout(doctorPage, 'prescription-room-doctor');
    });

    let pdfPath = '';
    await test.step('the patient sees the document, from the doctor, and downloads the prescription', async () => {
      const attached = patientPapers.getByRole('list', { name: 'Documents of the consultation' }).getByRole('listitem');
      await expect(attached).toHaveCount(1);
      await expect(attached).toContainText(pdfName);
      await expect(attached).toContainText('Added by the doctor');
      // Not theirs to remove.
      await expect(attached.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
      await expect(attached.getByRole('button', { name: `Download ${pdfName}` })).toBeVisible();
      const downloading = patientPage.waitForEvent('download');
      await patientPapers.getByRole('button', { name: 'Download the prescription (PDF)' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^ordonnance-\d{4}-\d{2}-\d{2}\.pdf$/);
      pdfPath = testInfo.outputPath(download.suggestedFilename());
      await download.saveAs(pdfPath);
      expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await checkLayout(patientPage, 'prescription-room-patient');
    });

    await test.step('the doctor edits the prescription from the one saved; the patient sees the change', async () => {
      await doctorPapers.getByRole('button', { name: 'Edit the prescription' }).click();
      const editing = doctorPapers.getByRole('form', { name: 'Edit the prescription' });
      await expect(editing.getByRole('textbox', { name: 'Medication (line 1)' })).toBeFocused();
      await expect(editing.getByRole('textbox', { name: 'Medication (line 2)' })).toHaveValue('Ibuprofène 200 mg');
      await editing.getByRole('button', { name: 'Add a line' }).click();
      await editing.getByRole('button', { name: 'Remove the line (line 3)' }).click();
      await expect(editing.getByRole('group', { name: /^Line \d$/ })).toHaveCount(2);
      await expect(editing.getByRole('textbox', { name: 'Medication (line 2)' })).toBeFocused();
      await editing.getByRole('textbox', { name: 'Dose (line 1)' }).fill('2 comprimés');
      await editing.getByRole('button', { name: 'Save the prescription' }).click();
      await expect(editing).toHaveCount(0);
      await expect(patientPapers.locator('.visit-prescription-lines > li').first()).toContainText('2 comprimés');
    });

    const verifyUrl = new URL(verificationUrl(pdfPath));
    await test.step('anyone with the printed address, signed out, sees the prescription is genuine', async () => {
      expect(verifyUrl.origin).toBe(stack.baseURL);
      expect(verifyUrl.pathname).toMatch(/^\/verify-prescription\/[\w-]+$/);
      const page = await (await newContext(browser, stack.baseURL)).newPage();
      contexts.push(page.context());
      await page.goto(verifyUrl.pathname);
      await expect(page.getByRole('heading', { level: 1, name: 'Prescription check' })).toBeVisible();
      await expect(page.getByText('Genuine prescription')).toBeVisible();
      const main = page.getByRole('main');
      await expect(main).toContainText('Dr Hélène Durand');
      await expect(main).toContainText(rppsNumber('1234567890'));
      await expect(main).toContainText('C. R.');
      await expect(main.locator('.visit-prescription-lines > li')).toHaveText([
        /^Paracétamol 500 mg — 2 comprimés/, /^Ibuprofène 200 mg/,
      ]);
      await expect(main).toContainText('Revoir si la fièvre dure.');
      for (const part of patientName.split(' ')) await expect(page.locator('body')).not.toContainText(part);
      await checkLayout(page, 'prescription-verify');
      await page.getByRole('button', { name: 'Français' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Vérification d’une ordonnance' })).toBeVisible();
      await expect(page.getByText('Ordonnance authentique')).toBeVisible();
      await checkLayout(page, 'prescription-verify-fr');
      await page.goto('/verify-prescription/no-such-code');
      await expect(page.getByRole('alert')).toHaveText(/^Aucune ordonnance ne porte ce code\./);
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('alert')).toHaveText(/^No prescription has this code\./);
    });

    await test.step('signed in, the patient checks it too', async () => {
      await patientPage.goto(verifyUrl.pathname);
      await expect(patientPage.getByText('Genuine prescription')).toBeVisible();
    });

    await test.step('the patient was notified of the prescription and of the document', async () => {
      await expect.poll(async () => {
        const { notifications } = await api.call<{ notifications: Array<{ type: string }> }>(
          'GET', '/notifications?limit=100', undefined, patient.token);
        return notifications.map((notification) => notification.type);
      }, { message: 'the patient’s notifications' }).toEqual(expect.arrayContaining([
        'prescriptionIssued', 'prescriptionUpdated', 'documentAdded',
      ]));
      await patientPage.goto('/notifications');
      await expect(patientPage.getByRole('heading', { level: 2, name: 'Prescription', exact: true })).toBeVisible();
      await expect(patientPage.getByRole('heading', { level: 2, name: 'New document' }).first()).toBeVisible();
    });
  } finally {
    for (const context of contexts) await context.close();
    await api.call('PATCH', '/doctors/me', { rppsNumber: null }, doctor.token);
    await restoreDoctor(api, doctor, teleconsultation.appointmentId);
    await stack.restartServer();
  }
});
