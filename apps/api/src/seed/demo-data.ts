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

export const DEMO_TERRITORIES: DemoTerritory[] = [
  { key: 'grenoble', name: 'Grenoble', country: 'FR', level: 'municipality' },
  { key: 'nantes-metropole', name: 'Nantes Métropole', country: 'FR', level: 'inter_municipality' },
  { key: 'brussels', name: 'Région de Bruxelles-Capitale', country: 'BE', level: 'region' },
  { key: 'montreal', name: 'Montréal', country: 'CA', level: 'municipality' },
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
];
