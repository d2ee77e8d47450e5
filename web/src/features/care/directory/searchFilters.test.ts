import { describe, expect, it } from 'vitest';
import { doctorSearch, filtersFrom, searchPath, sorts } from './searchFilters';

describe('the doctor search in the URL', () => {
  it('sorts by name unless asked otherwise, best rated still one of the orders', () => {
    expect(filtersFrom(new URLSearchParams()).sort).toBe('name');
    expect(filtersFrom(new URLSearchParams('sort=nonsense')).sort).toBe('name');
    expect(filtersFrom(new URLSearchParams('sort=rating')).sort).toBe('rating');
    expect(sorts[0]).toBe('name');
    expect(sorts).toContain('rating');
  });

  it('leaves the default order out of the URL but always asks the server for one', () => {
    const filters = filtersFrom(new URLSearchParams('specialty=cardiology'));
    expect(searchPath(filters)).toBe('/doctors?specialty=cardiology');
    expect(searchPath({ ...filters, sort: 'rating' })).toBe('/doctors?specialty=cardiology&sort=rating');
    // Sent even when it is the default, whatever the server's own default is.
    expect(doctorSearch(filters, 1, 12).sort).toBe('name');
  });

  it('keeps the video consultation filter as mode=video', () => {
    const filters = filtersFrom(new URLSearchParams('specialty=cardiology&mode=video'));
    expect(filters.video).toBe(true);
    expect(searchPath(filters)).toBe('/doctors?specialty=cardiology&mode=video');
    expect(doctorSearch(filters, 1, 12).mode).toBe('video');
    expect(filtersFrom(new URLSearchParams('mode=inPerson')).video).toBe(false);
    expect(searchPath({ ...filters, video: false })).toBe('/doctors?specialty=cardiology');
  });
});
