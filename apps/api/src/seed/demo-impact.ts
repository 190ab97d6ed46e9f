import type { StrategyStatus } from '@apprenance/db';

/** Ratings 1–5: collective intelligence, free software, civic-techs. */
type Ratings = [number, number, number];

interface DemoConviction {
  email: string;
  before: Ratings;
  /** Null: this participant never answered after the training. */
  after: Ratings | null;
}

/**
 * The ended cohort's conviction before and after: every participant answered before, all but
 * one after, and the shift is visible on each statement.
 */
export const DEMO_CONVICTION: DemoConviction[] = [
  { email: 'elue.rennes@apprenance.local', before: [3, 2, 2], after: [4, 3, 4] },
  { email: 'agent.rennes@apprenance.local', before: [2, 3, 2], after: [4, 4, 4] },
  { email: 'elu.bordeaux@apprenance.local', before: [3, 1, 1], after: [5, 3, 3] },
  { email: 'agente.bordeaux@apprenance.local', before: [4, 3, 3], after: [5, 4, 5] },
  { email: 'elue.liege@apprenance.local', before: [2, 2, 1], after: [3, 3, 3] },
  { email: 'agent.liege@apprenance.local', before: [3, 4, 2], after: [4, 4, 4] },
  { email: 'elu.strasbourg@apprenance.local', before: [3, 1, 2], after: [4, 2, 3] },
  { email: 'agente.strasbourg@apprenance.local', before: [2, 2, 2], after: null },
];

interface DemoFollowUp {
  /** Who records it: a member of the pair, or the trainer on their behalf. */
  recorder: string;
  /** A member of the pair, to find it. */
  member: string;
  milestone: 3 | 6;
  status: StrategyStatus;
  funding?: { amount: number; source: string };
  civicTechSlugs: string[];
  whatChanged: string;
  documentUrl?: string;
}

/**
 * Follow-ups of the ended cohort: the four pairs at 3 months, two of them at 6 months; the
 * other two are left due (overdue) for the trainer's list, and 12 months is still to come.
 */
export const DEMO_FOLLOW_UPS: DemoFollowUp[] = [
  {
    recorder: 'elue.rennes@apprenance.local',
    member: 'elue.rennes@apprenance.local',
    milestone: 3,
    status: 'adopted',
    funding: { amount: 45000, source: 'Budget participatif de la ville' },
    civicTechSlugs: ['decidim'],
    whatChanged: 'Le conseil municipal a adopté la stratégie ; la plateforme Decidim est ouverte.',
    documentUrl: 'https://example.org/rennes/deliberation-strategie.pdf',
  },
  {
    recorder: 'agente.bordeaux@apprenance.local',
    member: 'agente.bordeaux@apprenance.local',
    milestone: 3,
    status: 'in_progress',
    funding: { amount: 20000, source: 'FEDER' },
    civicTechSlugs: ['umap'],
    whatChanged: 'Une carte collaborative des îlots de chaleur est en ligne.',
  },
  {
    recorder: 'formatrice@apprenance.local',
    member: 'elue.liege@apprenance.local',
    milestone: 3,
    status: 'about_to_be_adopted',
    civicTechSlugs: [],
    whatChanged: 'La délibération passe au prochain conseil communal.',
  },
  {
    recorder: 'elu.strasbourg@apprenance.local',
    member: 'elu.strasbourg@apprenance.local',
    milestone: 3,
    status: 'unclear',
    civicTechSlugs: [],
    whatChanged: 'Le projet attend un arbitrage budgétaire.',
  },
  {
    recorder: 'elue.rennes@apprenance.local',
    member: 'elue.rennes@apprenance.local',
    milestone: 6,
    status: 'adopted',
    funding: { amount: 45000, source: 'Budget participatif de la ville' },
    civicTechSlugs: ['decidim', 'etherpad'],
    whatChanged: 'Deux assemblées citoyennes ont eu lieu sur Decidim.',
  },
  {
    recorder: 'agente.bordeaux@apprenance.local',
    member: 'agente.bordeaux@apprenance.local',
    milestone: 6,
    status: 'adopted',
    funding: { amount: 20000, source: 'FEDER' },
    civicTechSlugs: ['umap', 'decidim'],
    whatChanged: 'La métropole a adopté le plan ; la carte est reprise par trois communes.',
  },
];
