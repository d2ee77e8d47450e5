import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { resources, namespaces } from './resources';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

// French when the browser asks for it (fr, fr-FR, fr-CA…), English otherwise; a choice made with
// the language switch is remembered in localStorage and wins over the browser.
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    ns: namespaces,
    defaultNS: 'common',
    supportedLngs: languages,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: 'medimeet.language',
      caches: ['localStorage'],
    },
    returnNull: false,
  });

function applyDocumentLanguage(language: string) {
  // Unit tests load this module without a page.
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language.startsWith('fr') ? 'fr' : 'en';
}
applyDocumentLanguage(i18n.resolvedLanguage ?? 'en');
i18n.on('languageChanged', () => applyDocumentLanguage(i18n.resolvedLanguage ?? 'en'));

/** The app's language as the server names a user's language. */
export function appLanguage(instance: typeof i18n = i18n): Language {
  return instance.resolvedLanguage === 'fr' ? 'fr' : 'en';
}

/** The BCP 47 locale for Intl formatting of dates, times and prices. */
export function currentLocale(): string {
  return i18n.resolvedLanguage === 'fr' ? 'fr-FR' : 'en-GB';
}

export default i18n;
