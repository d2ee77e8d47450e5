import { describe, expect, it } from 'vitest';
import { bookableModes, bookingMode, modesSummary, offersVideo, orderedModes, reasonModes } from './consultationModes';

describe('consultation modes', () => {
  it('lists the practice first, each mode once, unknown ones left out', () => {
    expect(orderedModes(['video', 'inPerson', 'video'])).toEqual(['inPerson', 'video']);
    expect(orderedModes(['phone', 'video'])).toEqual(['video']);
  });

  it('sums up how a doctor consults', () => {
    expect(modesSummary(['inPerson'])).toBe('inPerson');
    expect(modesSummary(['video'])).toBe('video');
    expect(modesSummary(['video', 'inPerson'])).toBe('both');
    expect(modesSummary([])).toBe('inPerson');
    expect(offersVideo({ consultationModes: ['inPerson', 'video'] })).toBe(true);
    expect(offersVideo({ consultationModes: ['inPerson'] })).toBe(false);
  });

  it('lets the visit reason fix the mode, else offers the doctor’s', () => {
    expect(bookableModes({ consultationModes: ['video', 'inPerson'] }, null)).toEqual(['inPerson', 'video']);
    expect(bookableModes({ consultationModes: ['inPerson', 'video'] }, { mode: 'video' })).toEqual(['video']);
    expect(bookableModes({ consultationModes: ['video'] }, null)).toEqual(['video']);
  });

  it('books the chosen mode while it is offered, else the first one', () => {
    expect(bookingMode(['inPerson', 'video'], null)).toBe('inPerson');
    expect(bookingMode(['inPerson', 'video'], 'video')).toBe('video');
    // A video-only doctor: not the server's default (inPerson), which they do not offer.
    expect(bookingMode(['video'], null)).toBe('video');
    // The doctor stopped consulting by video since the patient chose it.
    expect(bookingMode(['inPerson'], 'video')).toBe('inPerson');
  });

  it('offers a visit reason the doctor’s modes, and keeps its own', () => {
    expect(reasonModes(['inPerson'])).toEqual(['inPerson']);
    expect(reasonModes(['video', 'inPerson'])).toEqual(['inPerson', 'video']);
    expect(reasonModes(['inPerson'], 'video')).toEqual(['inPerson', 'video']);
  });
});
