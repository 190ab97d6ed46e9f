import type { AssessmentStatus, AttendanceStatus, Phase } from '@apprenance/db';
import { conditionsFr, DemoPrototype } from './demo-prototypes';

/** What "acquired" means in each phase of the demo courses (validation des acquis). */
export const DEMO_ASSESSMENT_RUBRIC: Record<Phase, { labelFr: string; labelEn: string }[]> = {
  free_software_culture: [
    {
      labelFr: 'Explique ce qu’est une licence libre et ce qu’elle permet',
      labelEn: 'Explains what a free licence is and what it allows',
    },
    {
      labelFr: 'Sait comment contribuer à un commun numérique',
      labelEn: 'Knows how to contribute to a digital commons',
    },
  ],
  civic_tech_testing: [
    {
      labelFr: 'A testé au moins deux civic-techs sur un cas de son territoire',
      labelEn: 'Tested at least two civic-techs on a case of their territory',
    },
    {
      labelFr: 'Argumente l’adéquation d’un outil à son contexte',
      labelEn: 'Argues how well a tool fits their context',
    },
  ],
  strategic_application: [
    {
      labelFr: 'Présente une stratégie avec des premiers pas datés',
      labelEn: 'Presents a strategy with dated first steps',
    },
    {
      labelFr: 'Mobilise les conditions de collaboration citoyens–pouvoirs publics',
      labelEn: 'Uses the conditions of citizen–authority collaboration',
    },
  ],
};

/** The prototypes of the ended cohort: two accepted, one sent back for changes, one presented. */
export const DEMO_ENDED_PROTOTYPES: DemoPrototype[] = [
  {
    member: 'elue.rennes@apprenance.local',
    road: 'accepted',
    draft: {
      title: 'Un conseil citoyen tiré au sort sur les mobilités',
      problem: 'Le plan de mobilité est contesté par des habitants jamais consultés.',
      targetPublic: 'Habitants tirés au sort, associations d’usagers',
      civicTechSlugs: ['decidim'],
      lifeStage: 'launch',
      conditions: conditionsFr('la délibération'),
      risks: 'Un essoufflement entre deux séances.',
      firstSteps: 'Tirage au sort en avril, première séance en mai.',
    },
    tests: [['decidim', 5, 'yes']],
  },
  {
    member: 'elu.bordeaux@apprenance.local',
    road: 'accepted',
    draft: {
      title: 'Ouvrir les données des chantiers de voirie',
      problem: 'Les riverains découvrent les chantiers le jour où ils commencent.',
      targetPublic: 'Riverains, commerçants, services techniques',
      civicTechSlugs: ['umap'],
      lifeStage: 'during',
      conditions: conditionsFr('la transparence'),
      risks: 'Des données mises à jour trop tard.',
      firstSteps: 'Publier la carte des chantiers du trimestre.',
    },
    tests: [['umap', 4, 'yes']],
  },
  {
    member: 'elue.liege@apprenance.local',
    road: 'changes_requested',
    draft: {
      title: 'Un budget participatif pour les places publiques',
      problem: 'Les places du centre sont réaménagées sans les habitants.',
      targetPublic: 'Habitants du centre, comités de quartier',
      civicTechSlugs: ['decidim'],
      lifeStage: 'before',
      conditions: conditionsFr('la co-construction'),
      risks: 'Un budget trop faible pour convaincre.',
      firstSteps: 'Voter l’enveloppe au conseil communal.',
    },
    tests: [['decidim', 3, 'maybe']],
  },
  {
    member: 'elu.strasbourg@apprenance.local',
    road: 'presented',
    draft: {
      title: 'Signaler et suivre les problèmes de l’espace public',
      problem: 'Les signalements par téléphone se perdent entre services.',
      targetPublic: 'Tous les habitants, service de la propreté',
      civicTechSlugs: ['fixmystreet'],
      lifeStage: 'maintenance',
      conditions: conditionsFr('la réactivité'),
      risks: 'Un afflux de signalements non traités.',
      firstSteps: 'Un pilote de six mois dans deux quartiers.',
    },
    tests: [['fixmystreet', 4, 'yes']],
  },
];

export interface DemoStanding {
  email: string;
  /** The one half-day of each phase (short format), in phase order. */
  attendance: [AttendanceStatus, AttendanceStatus, AttendanceStatus];
  /** The trainer's status of each phase, null when not assessed. */
  assessed: [AssessmentStatus | null, AssessmentStatus | null, AssessmentStatus | null];
}

const PRESENT: DemoStanding['attendance'] = ['present', 'present', 'present'];
const ACQUIRED: DemoStanding['assessed'] = ['acquired', 'acquired', 'acquired'];

/**
 * The ended cohort's participants. Eligible: both of Rennes. Not eligible: Julien Moreau
 * (absent in phase 2), Camille Durand (phase 3 not yet acquired), both of Liège and Paul Meyer
 * (prototype not accepted), Élise Schmitt (excused in phase 1, prototype presented only,
 * phase 2 not assessed).
 */
export const DEMO_STANDINGS: DemoStanding[] = [
  { email: 'elue.rennes@apprenance.local', attendance: PRESENT, assessed: ACQUIRED },
  { email: 'agent.rennes@apprenance.local', attendance: PRESENT, assessed: ACQUIRED },
  {
    email: 'elu.bordeaux@apprenance.local',
    attendance: ['present', 'absent', 'present'],
    assessed: ACQUIRED,
  },
  {
    email: 'agente.bordeaux@apprenance.local',
    attendance: PRESENT,
    assessed: ['acquired', 'acquired', 'not_yet'],
  },
  { email: 'elue.liege@apprenance.local', attendance: PRESENT, assessed: ACQUIRED },
  { email: 'agent.liege@apprenance.local', attendance: PRESENT, assessed: ACQUIRED },
  { email: 'elu.strasbourg@apprenance.local', attendance: PRESENT, assessed: ACQUIRED },
  {
    email: 'agente.strasbourg@apprenance.local',
    attendance: ['excused', 'present', 'present'],
    assessed: ['acquired', null, 'acquired'],
  },
];

/** The trainer's comment for a status. */
export const DEMO_ASSESSMENT_COMMENTS: Record<AssessmentStatus, string> = {
  acquired: 'Acquis : démontré en atelier et dans le prototype.',
  not_yet: 'Pas encore : la stratégie reste à relier aux conditions de collaboration.',
};
