import { afterAll, describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { formatRating, reviewOffer, reviewValues, starFills, toReviewChanges, toReviewInput } from './reviewRules';

describe('the stars of a rating', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('round to the nearest half star', () => {
    expect(starFills(4.5)).toEqual(['full', 'full', 'full', 'full', 'half']);
    expect(starFills(4.24)).toEqual(['full', 'full', 'full', 'full', 'empty']);
    expect(starFills(4.25)).toEqual(['full', 'full', 'full', 'full', 'half']);
    expect(starFills(4.76)).toEqual(['full', 'full', 'full', 'full', 'full']);
    expect(starFills(1)).toEqual(['full', 'empty', 'empty', 'empty', 'empty']);
    expect(starFills(0.3)).toEqual(['half', 'empty', 'empty', 'empty', 'empty']);
  });

  it('come with the average to one decimal, in the app’s language', async () => {
    expect(formatRating(4.25)).toBe('4.3');
    expect(formatRating(4)).toBe('4');
    await i18n.changeLanguage('fr');
    expect(formatRating(4.5)).toBe('4,5');
  });

  it('stay within none and five', () => {
    expect(starFills(0)).toEqual(Array(5).fill('empty'));
    expect(starFills(7)).toEqual(Array(5).fill('full'));
    expect(starFills(-1)).toEqual(Array(5).fill('empty'));
  });
});

describe('whether the appointment page offers a review', () => {
  const start = '2026-03-02T09:00:00.000Z';
  const day = 86_400_000;
  const completed = { status: 'completed', appointmentDate: start } as const;

  it('offers the form for a completed visit until 60 days after its start', () => {
    expect(reviewOffer(completed, Date.parse(start) + day, true)).toBe('open');
    expect(reviewOffer(completed, Date.parse(start) + 60 * day, true)).toBe('open');
    expect(reviewOffer(completed, Date.parse(start) + 60 * day + 1, true)).toBe('over');
  });

  it('offers nothing for a visit not completed, or on an instance without reviews', () => {
    for (const status of ['confirmed', 'canceled', 'noShow'] as const) {
      expect(reviewOffer({ ...completed, status }, Date.parse(start) + day, true)).toBe('none');
    }
    expect(reviewOffer(completed, Date.parse(start) + day, false)).toBe('none');
  });
});

describe('the review form', () => {
  it('starts blank, or from the review being changed', () => {
    expect(reviewValues()).toEqual({ rating: '', comment: '', displayName: '' });
    expect(reviewValues({ rating: 4, comment: 'Très à l’écoute.', displayName: null }))
      .toEqual({ rating: '4', comment: 'Très à l’écoute.', displayName: '' });
  });

  it('writes a review without the texts left blank', () => {
    expect(toReviewInput('a1', { rating: '4', comment: '  Très à l’écoute.\n', displayName: ' Zoé ' }))
      .toEqual({ appointmentId: 'a1', rating: 4, comment: 'Très à l’écoute.', displayName: 'Zoé' });
    expect(toReviewInput('a1', { rating: '5', comment: ' ', displayName: '' }))
      .toEqual({ appointmentId: 'a1', rating: 5 });
  });

  it('changes a review with every field, a blank comment and name cleared', () => {
    expect(toReviewChanges({ rating: '3', comment: 'Bien.', displayName: 'Zoé' }))
      .toEqual({ rating: 3, comment: 'Bien.', displayName: 'Zoé' });
    expect(toReviewChanges({ rating: '3', comment: '  ', displayName: '' }))
      .toEqual({ rating: 3, comment: null, displayName: null });
  });
});
