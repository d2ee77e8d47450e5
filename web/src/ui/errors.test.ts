import { afterAll, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { problemText } from './errors';

describe('server field problems in the user’s language', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('translates known problems, and those with numbers by their shape', async () => {
    await i18n.changeLanguage('fr');
    expect(problemText('is required')).toBe('est obligatoire');
    expect(problemText('must be at most 500 characters')).toBe('doit contenir au plus 500 caractères');
    expect(problemText('must be between 0 and 80')).toBe('doit être compris entre 0 et 80');
  });

  it('keeps the server’s words when it has no translation', async () => {
    await i18n.changeLanguage('fr');
    expect(problemText('is something new')).toBe('is something new');
  });
});
