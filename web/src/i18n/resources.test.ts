import { describe, expect, it } from 'vitest';
import { namespaces, resources } from './resources';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it.each(namespaces)('%s has the same keys in French and English, none empty', (namespace) => {
    expect(keysOf(resources.fr[namespace]).sort()).toEqual(keysOf(resources.en[namespace]).sort());
    for (const language of ['fr', 'en'] as const) {
      const empty = keysOf(resources[language][namespace]).filter((key) =>
        !key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[language][namespace]));
      expect(empty, `${language}/${namespace}`).toEqual([]);
    }
  });
});
