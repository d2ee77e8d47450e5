import { afterAll, describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import type { AccessLogAction } from '@/api/medicalRecords';
import { actionText } from './accessLog';

const actions: AccessLogAction[] = [
  'patient.read', 'patient.update', 'record.read', 'entry.create', 'entry.update', 'entry.delete', 'record.share',
  'record.unshare', 'file.upload', 'file.read', 'data.export', 'teleconsultation.read',
];

describe('the access log’s actions', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('are each said in both languages', async () => {
    for (const language of ['en', 'fr']) {
      await i18n.changeLanguage(language);
      const texts = actions.map(actionText);
      for (const [index, text] of texts.entries()) expect(text, actions[index]).not.toBe(actions[index]);
      expect(new Set(texts).size).toBe(actions.length);
    }
    expect(actionText('record.read')).toBe('A consulté un dossier médical');
    await i18n.changeLanguage('en');
    expect(actionText('file.read')).toBe('Opened a document');
  });

  it('keeps the server’s code for an action this app does not know', () => {
    expect(actionText('record.print')).toBe('record.print');
  });
});
