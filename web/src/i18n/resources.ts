// Every translation file, bundled: the app is small enough that lazy loading would only add a
// flash of untranslated text. One namespace per area of the app, the same files in each language.
import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import enAccounts from './locales/en/accounts.json';
import enProfile from './locales/en/profile.json';
import enCare from './locales/en/care.json';
import enPractice from './locales/en/practice.json';
import enMessages from './locales/en/messages.json';
import enRecords from './locales/en/records.json';
import enFiles from './locales/en/files.json';
import enVisit from './locales/en/visit.json';
import enReviews from './locales/en/reviews.json';
import enPayments from './locales/en/payments.json';
import frCommon from './locales/fr/common.json';
import frErrors from './locales/fr/errors.json';
import frAccounts from './locales/fr/accounts.json';
import frProfile from './locales/fr/profile.json';
import frCare from './locales/fr/care.json';
import frPractice from './locales/fr/practice.json';
import frMessages from './locales/fr/messages.json';
import frRecords from './locales/fr/records.json';
import frFiles from './locales/fr/files.json';
import frVisit from './locales/fr/visit.json';
import frReviews from './locales/fr/reviews.json';
import frPayments from './locales/fr/payments.json';

export const namespaces = ['common', 'errors', 'accounts', 'profile', 'care', 'practice', 'messages', 'records', 'files', 'visit', 'reviews', 'payments'] as const;

export const resources = {
  en: {
    common: enCommon,
    errors: enErrors,
    accounts: enAccounts,
    profile: enProfile,
    care: enCare,
    practice: enPractice,
    messages: enMessages,
    records: enRecords,
    files: enFiles,
    visit: enVisit,
    reviews: enReviews,
    payments: enPayments,
  },
  fr: {
    common: frCommon,
    errors: frErrors,
    accounts: frAccounts,
    profile: frProfile,
    care: frCare,
    practice: frPractice,
    messages: frMessages,
    records: frRecords,
    files: frFiles,
    visit: frVisit,
    reviews: frReviews,
    payments: frPayments,
  },
} as const;
