import type { Locale, ParticipantKind, Role, TerritoryLevel } from '@apprenance/db';

/** Shared by every demo account; printed by `npm start`. Never used outside the demo. */
export const DEMO_PASSWORD = 'apprenance-demo';

export interface DemoTerritory {
  key: string;
  name: string;
  country: string;
  level: TerritoryLevel;
}

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  kind?: ParticipantKind;
  territory?: string;
  position?: string;
}

/** A trainer invited but not yet in: without SMTP_URL, the invitation lands in `.data/mail/`. */
export const DEMO_INVITEE = {
  email: 'invitee@apprenance.local',
  displayName: 'Dominique Invitée',
  role: 'trainer',
  locale: 'fr',
} as const;

export const DEMO_TERRITORIES: DemoTerritory[] = [
  { key: 'grenoble', name: 'Grenoble', country: 'FR', level: 'municipality' },
  { key: 'nantes-metropole', name: 'Nantes Métropole', country: 'FR', level: 'inter_municipality' },
  { key: 'brussels', name: 'Région de Bruxelles-Capitale', country: 'BE', level: 'region' },
  { key: 'montreal', name: 'Montréal', country: 'CA', level: 'municipality' },
  { key: 'lyon', name: 'Lyon', country: 'FR', level: 'municipality' },
  { key: 'quebec', name: 'Ville de Québec', country: 'CA', level: 'municipality' },
  // The pairs of the ended cohort (DEMO_ENDED_COHORT)
  { key: 'rennes', name: 'Rennes', country: 'FR', level: 'municipality' },
  {
    key: 'bordeaux-metropole',
    name: 'Bordeaux Métropole',
    country: 'FR',
    level: 'inter_municipality',
  },
  { key: 'liege', name: 'Liège', country: 'BE', level: 'municipality' },
  { key: 'strasbourg', name: 'Strasbourg', country: 'FR', level: 'municipality' },
];

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@apprenance.local', displayName: 'Alex Admin', role: 'admin', locale: 'fr' },
  {
    email: 'formatrice@apprenance.local',
    displayName: 'Claire Formatrice',
    role: 'trainer',
    locale: 'fr',
  },
  { email: 'trainer@apprenance.local', displayName: 'Tom Trainer', role: 'trainer', locale: 'en' },
  {
    email: 'elue.grenoble@apprenance.local',
    displayName: 'Inès Roux',
    role: 'participant',
    locale: 'fr',
    kind: 'political',
    territory: 'grenoble',
    position: 'Adjointe à la démocratie locale',
  },
  {
    email: 'agent.grenoble@apprenance.local',
    displayName: 'Marc Petit',
    role: 'participant',
    locale: 'fr',
    kind: 'technical',
    territory: 'grenoble',
    position: 'Chargé de mission participation citoyenne',
  },
  {
    email: 'elu.nantes@apprenance.local',
    displayName: 'Hugo Lefèvre',
    role: 'participant',
    locale: 'fr',
    kind: 'political',
    territory: 'nantes-metropole',
    position: 'Vice-président à l’urbanisme',
  },
  {
    email: 'agente.nantes@apprenance.local',
    displayName: 'Sophie Bernard',
    role: 'participant',
    locale: 'fr',
    kind: 'technical',
    territory: 'nantes-metropole',
    position: 'Responsable du service SIG',
  },
  {
    email: 'councillor.montreal@apprenance.local',
    displayName: 'Emily Tremblay',
    role: 'participant',
    locale: 'en',
    kind: 'political',
    territory: 'montreal',
    position: 'City councillor',
  },
  {
    email: 'officer.montreal@apprenance.local',
    displayName: 'Samuel Gagnon',
    role: 'participant',
    locale: 'en',
    kind: 'technical',
    territory: 'montreal',
    position: 'Open data officer',
  },
  {
    email: 'elue.lyon@apprenance.local',
    displayName: 'Léa Garnier',
    role: 'participant',
    locale: 'fr',
    kind: 'political',
    territory: 'lyon',
    position: 'Conseillère déléguée au numérique',
  },
  {
    email: 'agent.lyon@apprenance.local',
    displayName: 'Karim Benali',
    role: 'participant',
    locale: 'fr',
    kind: 'technical',
    territory: 'lyon',
    position: 'Chef de projet concertation',
  },
  {
    email: 'councillor.brussels@apprenance.local',
    displayName: 'Lotte Peeters',
    role: 'participant',
    locale: 'en',
    kind: 'political',
    territory: 'brussels',
    position: 'Regional deputy for urban planning',
  },
  {
    email: 'officer.brussels@apprenance.local',
    displayName: 'Yannick Dubois',
    role: 'participant',
    locale: 'en',
    kind: 'technical',
    territory: 'brussels',
    position: 'Participation officer',
  },
  {
    email: 'councillor.quebec@apprenance.local',
    displayName: 'Olivia Côté',
    role: 'participant',
    locale: 'en',
    kind: 'political',
    territory: 'quebec',
    position: 'City councillor',
  },
  {
    email: 'officer.quebec@apprenance.local',
    displayName: 'Noah Lavoie',
    role: 'participant',
    locale: 'en',
    kind: 'technical',
    territory: 'quebec',
    position: 'Civic technology advisor',
  },
];

/** A participant of the ended cohort, signing in with DEMO_PASSWORD like everyone. */
const alumnus = (
  email: string,
  displayName: string,
  kind: ParticipantKind,
  territory: string,
  position: string,
): DemoUser => ({
  email,
  displayName,
  role: 'participant',
  locale: 'fr',
  kind,
  territory,
  position,
});

/**
 * The pairs of the ended cohort, who trained in spring 2026. Not printed by `npm start` (the
 * banner lists DEMO_USERS); they sign in with the same password.
 */
export const DEMO_ALUMNI: DemoUser[] = [
  alumnus(
    'elue.rennes@apprenance.local',
    'Nolwenn Le Gall',
    'political',
    'rennes',
    'Adjointe à la participation',
  ),
  alumnus(
    'agent.rennes@apprenance.local',
    'Erwan Morvan',
    'technical',
    'rennes',
    'Chef de projet démocratie locale',
  ),
  alumnus(
    'elu.bordeaux@apprenance.local',
    'Julien Moreau',
    'political',
    'bordeaux-metropole',
    'Vice-président au numérique',
  ),
  alumnus(
    'agente.bordeaux@apprenance.local',
    'Camille Durand',
    'technical',
    'bordeaux-metropole',
    'Responsable open data',
  ),
  alumnus(
    'elue.liege@apprenance.local',
    'Amélie Lambert',
    'political',
    'liege',
    'Échevine de l’urbanisme',
  ),
  alumnus(
    'agent.liege@apprenance.local',
    'Thomas Renard',
    'technical',
    'liege',
    'Agent de développement local',
  ),
  alumnus(
    'elu.strasbourg@apprenance.local',
    'Paul Meyer',
    'political',
    'strasbourg',
    'Conseiller délégué aux quartiers',
  ),
  alumnus(
    'agente.strasbourg@apprenance.local',
    'Élise Schmitt',
    'technical',
    'strasbourg',
    'Chargée de concertation',
  ),
];

/** Every demo person with a territory: the accounts printed and the ended cohort's alumni. */
export const DEMO_PEOPLE: DemoUser[] = [...DEMO_USERS, ...DEMO_ALUMNI];

export interface DemoCohort {
  courseSlug: string;
  name: string;
  language: Locale;
  timeZone: string;
  venue: string;
  startsOn: string;
  trainer: string;
  /** The territories whose pairs are enrolled (political + technical member of each). */
  pairs: string[];
  /** How many of the sessions already took place and have their attendance taken. */
  sessionsHeld: number;
}

/** One running cohort per format, each with three pairs and some attendance taken. */
export const DEMO_COHORTS: DemoCohort[] = [
  {
    courseSlug: 'urbanisme-ouvert-format-court',
    name: 'Urbanisme ouvert — automne 2026',
    language: 'fr',
    timeZone: 'Europe/Paris',
    venue: 'Maison de la création, Grenoble',
    startsOn: '2026-11-16',
    trainer: 'formatrice@apprenance.local',
    pairs: ['grenoble', 'nantes-metropole', 'lyon'],
    sessionsHeld: 2,
  },
  {
    courseSlug: 'urbanisme-ouvert-approfondissement',
    name: 'Open urbanism deep dive — 2026',
    language: 'en',
    timeZone: 'America/Toronto',
    venue: 'Maison de l’innovation sociale, Montréal',
    startsOn: '2026-10-26',
    trainer: 'trainer@apprenance.local',
    pairs: ['montreal', 'brussels', 'quebec'],
    sessionsHeld: 2,
  },
];

/**
 * The ENDED cohort (it ended in March 2026): attendance of every session, prototypes accepted
 * and not, and the trainer's assessments, so that some participants are eligible for the
 * certificate and others are not, for each reason (see DEMO_STANDINGS). The impact and
 * certificates demo data build on this cohort: find it by this name.
 */
export const DEMO_ENDED_COHORT: DemoCohort = {
  courseSlug: 'urbanisme-ouvert-format-court',
  name: 'Urbanisme ouvert — printemps 2026',
  language: 'fr',
  timeZone: 'Europe/Paris',
  venue: 'Hôtel de Rennes Métropole',
  startsOn: '2026-03-09',
  trainer: 'formatrice@apprenance.local',
  pairs: ['rennes', 'bordeaux-metropole', 'liege', 'strasbourg'],
  sessionsHeld: 0,
};
