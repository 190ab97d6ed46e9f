import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { mergeTranslations } from 'react-admin';
import { en } from './en';
import { fr } from './fr';

const messages = {
  fr: mergeTranslations(frenchMessages, fr),
  en: mergeTranslations(englishMessages, en),
};

/** French by default; the signed-in user's locale is applied through the store at login. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? messages.en : messages.fr),
  'fr',
  [
    { locale: 'fr', name: 'Français' },
    { locale: 'en', name: 'English' },
  ],
);
