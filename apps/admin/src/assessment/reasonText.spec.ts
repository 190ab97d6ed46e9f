import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { assessmentEn, assessmentFr } from '../i18n/assessment';
import { reasonText } from './reasonText';
import type { EligibilityReason } from './types';

/** The messages' own texts with their %{…} filled in, like polyglot does (react-admin is ESM). */
const translator = (locale: 'fr' | 'en') => {
  const messages = locale === 'fr' ? { ...fr, ...assessmentFr } : { ...en, ...assessmentEn };
  return (key: string, options: Record<string, unknown> = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as never)[part], messages);
    return String(text).replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name]));
  };
};

describe('eligibility reasons in words', () => {
  // reason → French, English
  it.each<[EligibilityReason, string, string]>([
    [
      {
        code: 'attendance_below_minimum',
        phase: 'civic_tech_testing',
        ratePercent: 66.7,
        minimumPercent: 80,
      },
      'Présence insuffisante en Test de civic-techs\u00a0: 66,7\u00a0% (minimum 80\u00a0%)',
      'Attendance too low in Civic-tech testing: 66.7% (minimum 80%)',
    ],
    [
      { code: 'prototype_not_accepted', prototypeStatus: 'presented' },
      'Prototype pas encore accepté (Présenté)',
      'Prototype not accepted yet (Presented)',
    ],
    [
      { code: 'prototype_not_accepted', prototypeStatus: null },
      'Le binôme n’a pas de prototype',
      'The pair has no prototype',
    ],
    [
      { code: 'phase_not_acquired', phase: 'strategic_application', status: 'not_yet' },
      'Application stratégique\u00a0: pas encore acquise',
      'Strategic application: not acquired yet',
    ],
    [
      { code: 'phase_not_acquired', phase: 'free_software_culture', status: null },
      'Culture du logiciel libre\u00a0: pas encore évaluée',
      'Free-software culture: not assessed yet',
    ],
  ])('says %j', (reason, french, english) => {
    expect(reasonText(reason, translator('fr'), 'fr')).toBe(french);
    expect(reasonText(reason, translator('en'), 'en')).toBe(english);
  });
});
