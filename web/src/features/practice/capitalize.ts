import { currentLocale } from '@/i18n';

/** Starts a heading or sentence with a capital: French dates ("mardi 24 novembre") come lower-case. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase(currentLocale()) + text.slice(1);
}
