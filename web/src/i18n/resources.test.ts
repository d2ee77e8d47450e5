import { describe, expect, it } from 'vitest';
import { namespaces, resources } from './resources';

/** Every text of a translation file, by its path of keys. */
function leavesOf(value: unknown, path: string[] = []): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null) return [[JSON.stringify(path), value]];
  return Object.entries(value).flatMap(([key, inner]) => leavesOf(inner, [...path, key]));
}

describe('translations', () => {
  it.each(namespaces)('%s has the same keys in French and English, none empty', (namespace) => {
    const french = leavesOf(resources.fr[namespace]);
    const english = leavesOf(resources.en[namespace]);
    expect(french.map(([key]) => key).sort()).toEqual(english.map(([key]) => key).sort());
    for (const [key, text] of [...french, ...english]) {
      expect(typeof text === 'string' && text.trim() !== '', `${namespace} ${key}`).toBe(true);
    }
  });
});
