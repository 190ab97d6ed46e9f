import type { CourseFormat, Locale, Phase } from '@apprenance/db';
import type { PhaseDuration } from './types';

/** The words of a certificate, in both languages. */
interface Labels {
  /** What introduces a value after a label: French puts a space before the colon. */
  colon: string;
  tagline: string;
  heading: string;
  awardedTo: string;
  forCompleting: string;
  format: Record<CourseFormat, string>;
  phases: Record<Phase, string>;
  hours: (n: string) => string;
  days: (n: string) => string;
  dates: (from: string, to: string) => string;
  online: string;
  trainers: string;
  issuedOn: (date: string) => string;
  code: string;
  verify: string;
  achievementDescription: (title: string) => string;
  criteria: string;
  documentTitle: (name: string, course: string) => string;
  qrAlt: (url: string) => string;
}

export const LABELS: Record<Locale, Labels> = {
  fr: {
    colon: '\u202f: ',
    tagline: 'Urbanisme ouvert',
    heading: 'Certificat de réussite',
    awardedTo: 'décerné à',
    forCompleting: 'pour avoir suivi avec succès la formation',
    format: {
      short: 'Format court — trois demi-journées',
      deep: 'Format approfondi — trois sessions de trois jours',
    },
    phases: {
      free_software_culture: 'Culture du logiciel libre',
      civic_tech_testing: 'Test de civic-techs libres',
      strategic_application: 'Application stratégique',
    },
    hours: (n) => `${n} h`,
    days: (n) => `${n} ${n === '1' ? 'jour' : 'jours'}`,
    dates: (from, to) => (from === to ? `le ${from}` : `du ${from} au ${to}`),
    online: 'en ligne',
    trainers: 'Formation assurée par',
    issuedOn: (date) => `Délivré le ${date}`,
    code: 'Code de vérification',
    verify: 'Vérifier ce certificat',
    achievementDescription: (title) =>
      `Formation « ${title} » en trois phases : culture du logiciel libre, test de civic-techs libres, application stratégique à son territoire.`,
    criteria:
      'Présence suffisante à chacune des trois phases et prototype de stratégie du binôme accepté.',
    documentTitle: (name, course) => `Certificat de réussite — ${name} — ${course}`,
    qrAlt: (url) => `Code QR menant à la page de vérification ${url}`,
  },
  en: {
    colon: ': ',
    tagline: 'Open urbanism',
    heading: 'Certificate of completion',
    awardedTo: 'awarded to',
    forCompleting: 'for successfully completing the course',
    format: {
      short: 'Short format — three half-days',
      deep: 'Deep format — three sessions of three days',
    },
    phases: {
      free_software_culture: 'Free-software culture',
      civic_tech_testing: 'Testing free civic-techs',
      strategic_application: 'Strategic application',
    },
    hours: (n) => `${n} h`,
    days: (n) => `${n} ${n === '1' ? 'day' : 'days'}`,
    dates: (from, to) => (from === to ? `on ${from}` : `from ${from} to ${to}`),
    online: 'online',
    trainers: 'Taught by',
    issuedOn: (date) => `Issued on ${date}`,
    code: 'Verification code',
    verify: 'Verify this certificate',
    achievementDescription: (title) =>
      `The course “${title}” in three phases: free-software culture, testing free civic-techs, strategic application to one's own territory.`,
    criteria:
      "Enough attendance in each of the three phases and the pair's strategy prototype accepted.",
    documentTitle: (name, course) => `Certificate of completion — ${name} — ${course}`,
    qrAlt: (url) => `QR code leading to the verification page ${url}`,
  },
};

export const otherLanguage = (language: Locale): Locale => (language === 'fr' ? 'en' : 'fr');

/** Intl formatters cost more to build than to use: one per language and time zone. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = make()));
  return found as T;
}

const number = (language: Locale, value: number) =>
  formatter(
    `n:${language}`,
    () => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }),
  ).format(value);

const dateFormat = (language: Locale, timeZone: string) =>
  formatter(
    `d:${language}:${timeZone}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone }),
  );

export function durationLabel(language: Locale, duration: PhaseDuration): string {
  const labels = LABELS[language];
  const value = number(language, duration.value);
  return duration.unit === 'hours' ? labels.hours(value) : labels.days(value);
}

/** A calendar date `YYYY-MM-DD` written out, e.g. `3 mars 2026` / `March 3, 2026`. */
export function calendarDate(language: Locale, isoDate: string): string {
  return dateFormat(language, 'UTC').format(new Date(`${isoDate}T00:00:00Z`));
}

/** An instant as the date it was in the cohort's time zone. */
export function zonedDate(language: Locale, instant: Date, timeZone: string): string {
  return dateFormat(language, timeZone).format(instant);
}
