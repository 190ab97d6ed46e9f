import type { WouldUse } from '@apprenance/db';
import type { UpdatePrototypeDto } from '../prototypes/dto/prototype.dto';

/** The peer-review rubric of every demo course. */
export const DEMO_RUBRIC = [
  { labelFr: 'Clarté du problème', labelEn: 'Clarity of the problem' },
  { labelFr: 'Adaptation des civic-techs', labelEn: 'Fit of the civic-techs' },
  { labelFr: 'Faisabilité des premiers pas', labelEn: 'Feasibility of the first steps' },
];

/** Where a demo prototype ends: each road is walked through the workflow, version by version. */
export type DemoRoad = 'draft' | 'submitted' | 'presented' | 'changes_requested' | 'accepted';

export interface DemoPrototype {
  /** The political member's email: the pair opens and submits through them. */
  member: string;
  road: DemoRoad;
  draft: UpdatePrototypeDto & { civicTechSlugs: string[] };
  /** Tools the pair tested in phase 2: slug, fit, would use. */
  tests: [string, number, WouldUse][];
}

export const conditionsFr = (focus: string) => ({
  workOnOneself: `Former les élus et les agents à ${focus}.`,
  knowEachOther: 'Balades urbaines et cafés citoyens dans chaque quartier.',
  gatherResources: 'Un agent à mi-temps et un budget d’animation voté.',
  commitFormally: 'Une charte de la participation votée en conseil.',
  coBuildProjects: 'Ateliers de co-conception ouverts à tous.',
  runProjects: 'Un comité de suivi mixte habitants–élus–agents.',
  socialLifeAndContext: 'S’appuyer sur les associations et les fêtes de quartier.',
});

const conditionsEn = (focus: string) => ({
  workOnOneself: `Train councillors and officers in ${focus}.`,
  knowEachOther: 'Neighbourhood walks and citizen cafés.',
  gatherResources: 'A half-time officer and a voted facilitation budget.',
  commitFormally: 'A participation charter adopted by the council.',
  coBuildProjects: 'Co-design workshops open to everyone.',
  runProjects: 'A joint residents–councillors–officers steering group.',
  socialLifeAndContext: 'Build on local associations and street festivals.',
});

/** The prototypes of the demo cohorts, one per pair, in every state of the workflow. */
export const DEMO_PROTOTYPES: DemoPrototype[] = [
  {
    member: 'elue.grenoble@apprenance.local',
    road: 'accepted',
    draft: {
      title: 'Un budget participatif pour les quartiers sud',
      problem: 'Les habitants des quartiers sud ne sont pas associés aux choix d’aménagement.',
      targetPublic: 'Habitants des quartiers prioritaires, associations locales',
      civicTechSlugs: ['decidim', 'umap'],
      lifeStage: 'launch',
      conditions: conditionsFr('l’écoute active'),
      risks: 'Une participation faible des jeunes.',
      firstSteps: 'Délibération en conseil, puis appel à projets au printemps.',
    },
    tests: [
      ['decidim', 5, 'yes'],
      ['umap', 4, 'yes'],
    ],
  },
  {
    member: 'elu.nantes@apprenance.local',
    road: 'presented',
    draft: {
      title: 'Cartographier les îlots de chaleur avec les habitants',
      problem: 'Les îlots de chaleur sont mal connus à l’échelle des rues.',
      targetPublic: 'Habitants, écoles, services des espaces verts',
      civicTechSlugs: ['umap'],
      lifeStage: 'before',
      conditions: conditionsFr('la cartographie contributive'),
      risks: 'Des données hétérogènes.',
      firstSteps: 'Un atelier de relevés avec deux écoles.',
    },
    tests: [
      ['umap', 5, 'yes'],
      ['decidim', 3, 'maybe'],
    ],
  },
  {
    member: 'elue.lyon@apprenance.local',
    road: 'submitted',
    draft: {
      title: 'Une plateforme de consultation sur les mobilités',
      problem: 'Les projets de voirie suscitent des oppositions tardives.',
      targetPublic: 'Riverains, commerçants, usagers des transports',
      civicTechSlugs: ['decidim'],
      lifeStage: 'during',
      conditions: conditionsFr('la concertation en amont'),
      risks: 'Des attentes déçues si les avis ne sont pas suivis.',
      firstSteps: 'Ouvrir la consultation sur le premier tronçon.',
    },
    tests: [
      ['decidim', 4, 'yes'],
      ['polis', 2, 'no'],
    ],
  },
  {
    member: 'councillor.montreal@apprenance.local',
    road: 'draft',
    draft: {
      title: 'Open data for neighbourhood planning',
      problem: 'Residents cannot see the data planners use.',
      civicTechSlugs: ['ckan'],
    },
    tests: [['ckan', 4, 'maybe']],
  },
  {
    member: 'councillor.brussels@apprenance.local',
    road: 'changes_requested',
    draft: {
      title: 'A citizens’ assembly on public space',
      problem: 'Decisions on public space are contested after the fact.',
      targetPublic: 'Residents drawn by lot, local associations',
      civicTechSlugs: ['decidim', 'polis'],
      lifeStage: 'launch',
      conditions: conditionsEn('deliberative methods'),
      risks: 'Low trust in the process at first.',
      firstSteps: 'A council motion and a first random draw.',
    },
    tests: [
      ['decidim', 4, 'yes'],
      ['polis', 5, 'yes'],
    ],
  },
  {
    member: 'councillor.quebec@apprenance.local',
    road: 'submitted',
    draft: {
      title: 'Reporting street issues together',
      problem: 'Street issues are reported by phone and lost.',
      targetPublic: 'All residents, public works department',
      civicTechSlugs: ['fixmystreet'],
      lifeStage: 'maintenance',
      conditions: conditionsEn('responsive service'),
      risks: 'A backlog if the service is not staffed.',
      firstSteps: 'Pilot in one borough for six months.',
    },
    tests: [['fixmystreet', 5, 'yes']],
  },
];
