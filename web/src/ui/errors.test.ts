import { afterAll, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { ApiError, type FieldProblem } from '../api/client';
import { fieldProblemLine, fieldProblemTexts, problemText } from './errors';

const problem = (code: string, message: string, params?: FieldProblem['params']): FieldProblem =>
  ({ code, message, ...(params ? { params } : {}) });

describe('server field problems in the user’s language', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('translates a problem by its code, with its parameters', async () => {
    await i18n.changeLanguage('fr');
    expect(problemText(problem('required', 'is required'))).toBe('est obligatoire');
    expect(problemText(problem('too_long', 'must be at most 500 characters', { max: 500 })))
      .toBe('doit contenir au plus 500 caractères');
    expect(problemText(problem('out_of_range', 'must be between 0 and 80', { min: 0, max: 80 })))
      .toBe('doit être compris entre 0 et 80');
    await i18n.changeLanguage('en');
    expect(problemText(problem('one_of', 'must be one of a, b', { values: 'female, male' })))
      .toBe('must be one of female, male');
  });

  it('names the other field and the day in words', async () => {
    await i18n.changeLanguage('fr');
    expect(problemText(problem('must_be_after', 'must be after startTime', { other: 'startTime' })))
      .toBe('doit être après le début');
    expect(problemText(problem('must_not_be_before', 'must not be before until', { other: 'until' })))
      .toBe('ne doit pas précéder until');
    expect(problemText(problem('overlapping_windows', 'has overlapping windows on monday', { day: 'monday' })))
      .toBe('a des plages horaires qui se chevauchent le lundi');
    await i18n.changeLanguage('en');
    expect(problemText(problem('must_be_after', 'must be after start', { other: 'start' })))
      .toBe('must be after the start');
  });

  it('says a consultation mode is still used by a visit reason, the mode in words', async () => {
    const needed = problem('needed_by_visit_reason', 'must keep video, which the visit reason "Suivi" uses',
                           { mode: 'video', reason: 'Suivi' });
    await i18n.changeLanguage('fr');
    expect(problemText(needed)).toBe('Le motif « Suivi » est encore en vidéo : modifiez-le ou retirez-le d’abord.');
    expect(problemText(problem('mode_not_offered', 'is not a way this doctor consults')))
      .toBe('n’est pas une modalité de consultation du médecin');
    expect(problemText(problem('not_an_rpps_number', 'must be an RPPS number')))
      .toBe('n’est pas un numéro RPPS : 11 chiffres, dont le dernier est une clé de contrôle');
    await i18n.changeLanguage('en');
    expect(problemText({ ...needed, params: { mode: 'inPerson', reason: 'Vaccination' } }))
      .toBe('The visit reason “Vaccination” is still at the practice: change or remove it first.');
    // A sentence of its own: listed away from its field without the field's name.
    expect(fieldProblemLine('consultationModes', problemText(needed))).toBe(problemText(needed));
  });

  it('says a common password is refused in a sentence with its subject, next to the field', async () => {
    const common = problem('password_too_common', 'is one of the most common passwords; choose another');
    await i18n.changeLanguage('fr');
    expect(problemText(common)).toBe('Ce mot de passe fait partie des plus courants ; choisissez-en un autre.');
    await i18n.changeLanguage('en');
    expect(problemText(common)).toBe('This password is one of the most common; choose another.');
    expect(fieldProblemTexts(new ApiError(400, 'validation_failed', 'invalid', { problems: { password: common } })))
      .toEqual({ password: 'This password is one of the most common; choose another.' });
  });

  it('names the field of a problem listed away from it, unless the problem is a sentence', async () => {
    await i18n.changeLanguage('fr');
    expect(fieldProblemLine('name', 'est obligatoire')).toBe('name : est obligatoire');
    await i18n.changeLanguage('en');
    expect(fieldProblemLine('name', 'is required')).toBe('name: is required');
    expect(fieldProblemLine('password', 'This password is one of the most common; choose another.'))
      .toBe('This password is one of the most common; choose another.');
  });

  it('keeps the server’s words for a code it does not know', async () => {
    await i18n.changeLanguage('fr');
    expect(problemText(problem('something_new', 'is something new'))).toBe('is something new');
  });

  it('shows every field, and only the English `fields` from a server that sends no problems', async () => {
    await i18n.changeLanguage('fr');
    const current = new ApiError(400, 'validation_failed', 'invalid', {
      fields: { name: 'must be at most 100 characters', email: 'is required' },
      problems: { name: problem('too_long', 'must be at most 100 characters', { max: 100 }) },
    });
    expect(fieldProblemTexts(current)).toEqual({
      name: 'doit contenir au plus 100 caractères',
      email: 'is required',
    });
    const older = new ApiError(400, 'validation_failed', 'invalid', { fields: { name: 'is required' } });
    expect(fieldProblemTexts(older)).toEqual({ name: 'is required' });
    expect(fieldProblemTexts(new TypeError('failed'))).toEqual({});
  });
});
