// Languages by their ISO 639-1 codes ("fr", "en"), named in the app's language by the browser's
// Intl data: "anglais" in French, "English" in English.
import { currentLocale } from '../i18n';

/** A language's name in the app's language, or its code when the browser has no name for it. */
export function languageName(code: string): string {
  return new Intl.DisplayNames([currentLocale()], { type: 'language' }).of(code) ?? code;
}

/** Languages as a sentence lists them: "French, English and Spanish". */
export function languageList(codes: readonly string[]): string {
  return new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(codes.map(languageName));
}
