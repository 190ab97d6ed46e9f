import { CertificateContent } from './types';

/**
 * A realistic certificate's content, for tests, benchmarks and previews; `overrides` replace
 * top-level fields.
 */
export function sampleCertificateContent(
  overrides: Partial<CertificateContent> = {},
): CertificateContent {
  return {
    certificateId: '3f1e6c1a-8b7d-4c1e-9a55-0d2b7c9e4f10',
    verificationCode: 'K7QF-2M9X',
    language: 'fr',
    participant: {
      name: 'Łukasz Żółć',
      emailHash: 'sha256$2f6a1d0c4e9b8a7f6e5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918070',
      emailSalt: 'b3c1f2a9',
    },
    course: {
      id: '0b7e5d2c-41f3-4c1e-9a55-0d2b7c9e4f10',
      title: 'Urbanisme ouvert : intelligence collective et civic-techs libres',
      titleOtherLanguage: 'Open urbanism: collective intelligence and free civic-techs',
      format: 'deep',
    },
    phases: [
      { phase: 'free_software_culture', unit: 'days', value: 3 },
      { phase: 'civic_tech_testing', unit: 'days', value: 3 },
      { phase: 'strategic_application', unit: 'days', value: 3 },
    ],
    cohort: {
      startsOn: '2026-03-03',
      endsOn: '2026-05-22',
      timeZone: 'Europe/Paris',
      place: 'Grenoble, Maison de la Citoyenneté',
    },
    trainers: ['Camille Dupont', 'Karim Benali'],
    issuedAt: new Date('2026-06-01T09:30:00Z'),
    verifyUrl: 'https://apprenance.example.org/verify/K7QF-2M9X',
    status: {
      statusListCredential: 'https://apprenance.example.org/api/v1/credentials/status/1',
      statusListIndex: 42,
    },
    ...overrides,
  };
}
