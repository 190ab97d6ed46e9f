import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { type I18nProvider, mergeTranslations } from 'react-admin';
import { assessmentEn, assessmentFr } from './assessment';
import { browserLocale } from './browserLocale';
import { en } from './en';
import { fr } from './fr';
import { impactEn, impactFr } from './impact';
import { screensEn, screensFr } from './screens';

const messages = {
  fr: mergeTranslations(frenchMessages, fr, screensFr, assessmentFr, impactFr),
  en: mergeTranslations(englishMessages, en, screensEn, assessmentEn, impactEn),
};

/** The page's `lang` follows the interface, so screen readers speak it in the right voice. */
const markPageLanguage = (locale: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
};

const initialLocale = browserLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
const polyglot = polyglotI18nProvider(
  (locale) => (locale === 'en' ? messages.en : messages.fr),
  initialLocale,
  [
    { locale: 'fr', name: 'Français' },
    { locale: 'en', name: 'English' },
  ],
);
markPageLanguage(initialLocale);

/**
 * The browser's language until someone chooses (the switch, or the signed-in user's locale
 * applied through the store at login).
 */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    markPageLanguage(locale);
  },
};
