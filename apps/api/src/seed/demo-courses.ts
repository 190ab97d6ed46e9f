import type { CourseFormat, Phase } from '@apprenance/db';

/**
 * The two demo courses, one per format, written from the training offer ("Pourquoi cette
 * formation destinée aux décideurs ?", shared/seeds/002) with English translations. Links
 * point at the tools of the catalogue and at the GNU project's definition of free software.
 */
export interface DemoResource {
  kind: 'link' | 'text' | 'file';
  title: string;
  language: 'fr' | 'en';
  licence?: string;
  url?: string;
  body?: string;
  file?: { name: string; contentType: string; text: string };
}

export interface DemoModule {
  titleFr: string;
  titleEn: string;
  summaryFr: string;
  summaryEn: string;
  resources: DemoResource[];
}

export interface DemoPhase {
  phase: Phase;
  objectivesFr: string;
  objectivesEn: string;
  hoursBudget: number;
  daysBudget: number;
  modules: DemoModule[];
}

export interface DemoCourse {
  slug: string;
  format: CourseFormat;
  titleFr: string;
  titleEn: string;
  summaryFr: string;
  summaryEn: string;
  descriptionFr: string;
  descriptionEn: string;
  trainers: string[];
  phases: DemoPhase[];
}

const SYNTHESIS_FR = `# Synthèse — formation pour les décideurs

- **Quoi** : formation sur l’urbanisme ouvert en 2 formats.
- **Objectif** : aider les participants à forger leur opinion sur l’intérêt de l’intelligence
  collective pour les transformations territoriales.
- **Public** : décideurs politiques et techniques des collectivités territoriales.
- **Format** : trois demi-journées ou trois sessions de 3 jours, de 5 à 10 participants.
- **Contenu** : culture du logiciel libre, test de civic-techs libres, applications
  stratégiques sur problématiques et territoires apportés par les participants.
- **Validation des acquis** : oui.
- **Après la formation** : les méthodes et outils numériques sont utilisables par les
  collectivités locales.

Initiateurs / partenaires : Fondation pour l’urbanisme ouvert, Free IT fondation HOST-Lab /
réseau 7 Milliards d’Urbanistes, Unlimited Civic-techs.

Communs mis à disposition : descriptif du cours, support de cours, références, civic-techs.
`;

const WHY_FR = `Savoir mobiliser l’intelligence collective, c’est disposer de nouvelles capacités d’agir pour
réussir la transition écologique des territoires.

Aménager le territoire aujourd’hui, c’est être confronté à l’urgence climatique et aux
inquiétudes face à des systèmes économiques fragilisés par le numérique. C’est aussi savoir
répondre à des sociétés civiles qui refusent de se voir imposer, sans participation réelle, des
transformations qui changeront nos modes de vie.

**L’intime conviction comme objectif premier.** La formation aide les décideurs à forger leur
intime conviction sur l’efficacité, ou non, de l’intelligence collective pour les
transformations territoriales. Les acteurs politiques et techniques de l’urbanisme demandent à
comprendre pourquoi et comment les logiques participatives et contributives de haut niveau
pourraient s’intégrer dans leurs processus pour donner de meilleurs résultats : la formation est
conçue pour apporter des éléments de preuve.

**En trois temps** — culture du logiciel libre, test d’outils numériques et applications
stratégiques — la formation plonge les participants dans le monde qui vient. L’idée n’est pas de
bousculer ou de révolutionner l’urbanisme conventionnel, mais d’accompagner une évolution
nécessaire des pratiques, en continuité avec les modes de faire actuels.

**Binômes souhaités.** La formation s’adresse en priorité aux décideurs politiques et techniques
en charge de projets de territoires, sans limites géographiques. Nous conseillons de participer en
binômes politique et technique : pour passer à l’acte, les deux dimensions doivent être présentes.`;

const WHY_EN = `Knowing how to mobilise collective intelligence gives new capacities to act for the ecological
transition of territories.

Planning a territory today means facing the climate emergency and worries about economic
systems weakened by digital technology. It also means answering civil societies that refuse to
have changes to their ways of life imposed on them without real participation.

**Personal conviction as the first goal.** The training helps decision-makers form their own
conviction on whether collective intelligence works for territorial transformations. Political
and technical planning actors want to understand why and how high-level participatory and
contributory approaches could fit into their processes and give better results: the training is
designed to bring evidence.

**In three stages** — free software culture, testing digital tools and strategic applications —
the training immerses participants in the world to come. The idea is not to upset or
revolutionise conventional planning, but to support a necessary evolution of practices, in
continuity with current ways of working.

**Pairs recommended.** The training is first for political and technical decision-makers in
charge of territorial projects, with no geographical limits. We advise organisations to take part
as a political–technical pair: both dimensions are needed to act.`;

const PHASE_OBJECTIVES = {
  free_software_culture: {
    fr:
      'Comprendre l’ingénierie de la contribution inventée et améliorée de façon continue par ' +
      'les acteurs du logiciel libre depuis 1983, et les libertés et contraintes qui garantissent ' +
      'sa fiabilité. Étudier et déconstruire, à partir d’études de cas sur tout type de terrains, ' +
      'les démarches et outils présentés.',
    en:
      'Understand the engineering of contribution that free software communities have invented ' +
      'and kept improving since 1983, and the freedoms and constraints that make it reliable. ' +
      'Study and deconstruct the approaches and tools presented, from case studies on all kinds ' +
      'of territories.',
  },
  civic_tech_testing: {
    fr:
      'Décrypter les intentions au cœur des technologies civiques présentées, puis les prendre ' +
      'en main : chaque binôme teste des civic-techs libres, s’approprie leurs méthodes, les ' +
      'discute et choisit celles qui semblent les plus adaptées à son cas.',
    en:
      'Decode the intentions at the heart of the civic technologies presented, then use them: ' +
      'each pair tests free civic-techs, makes their methods its own, discusses them and chooses ' +
      'those that best fit its case.',
  },
  strategic_application: {
    fr:
      'Prototyper une stratégie d’urbanisme ouvert sur un problème de son propre territoire : ' +
      'esquisser l’adaptation des méthodes et outils choisis à son contexte, puis présenter ses ' +
      'premières idées à ses pairs pour nourrir des échanges critiques et constructifs.',
    en:
      'Prototype an open urbanism strategy on a problem of one’s own territory: sketch how the ' +
      'chosen methods and tools adapt to its context, then present first ideas to peers for ' +
      'critical and constructive exchanges.',
  },
} as const;

const FREE_SOFTWARE_MODULE: DemoModule = {
  titleFr: 'Les libertés du logiciel libre et l’ingénierie de la contribution',
  titleEn: 'The freedoms of free software and the engineering of contribution',
  summaryFr:
    'Les quatre libertés, les licences, et comment des communautés ouvertes produisent des ' +
    'outils fiables depuis 1983.',
  summaryEn:
    'The four freedoms, licences, and how open communities have produced reliable tools since 1983.',
  resources: [
    {
      kind: 'link',
      title: 'Qu’est-ce que le logiciel libre ? (projet GNU)',
      language: 'fr',
      licence: 'CC-BY-ND-4.0',
      url: 'https://www.gnu.org/philosophy/free-sw.fr.html',
    },
    {
      kind: 'link',
      title: 'What is Free Software? (GNU project)',
      language: 'en',
      licence: 'CC-BY-ND-4.0',
      url: 'https://www.gnu.org/philosophy/free-sw.html',
    },
  ],
};

const CIVIC_TECH_MODULE: DemoModule = {
  titleFr: 'Tester des civic-techs libres',
  titleEn: 'Testing free civic-techs',
  summaryFr:
    'Prise en main de plateformes de participation et d’outils de cartographie libres, ' +
    'journal de test par binôme.',
  summaryEn:
    'Hands-on use of free participation platforms and mapping tools, with a test log per pair.',
  resources: [
    {
      kind: 'link',
      title: 'Decidim — code source',
      language: 'en',
      licence: 'AGPL-3.0-only',
      url: 'https://github.com/decidim/decidim',
    },
    {
      kind: 'link',
      title: 'CONSUL Democracy — code source',
      language: 'en',
      licence: 'AGPL-3.0-only',
      url: 'https://github.com/consuldemocracy/consuldemocracy',
    },
    {
      kind: 'link',
      title: 'uMap — code source',
      language: 'en',
      licence: 'AGPL-3.0-or-later',
      url: 'https://github.com/umap-project/umap',
    },
  ],
};

const PROTOTYPE_MODULE: DemoModule = {
  titleFr: 'Prototyper une stratégie pour son territoire',
  titleEn: 'Prototyping a strategy for one’s territory',
  summaryFr:
    'Choisir un problème de son territoire, les civic-techs adaptées et les conditions de la ' +
    'collaboration entre autorités publiques et citoyens ; présenter à ses pairs.',
  summaryEn:
    'Choose a problem of one’s territory, the civic-techs that fit and the conditions of ' +
    'collaboration between public authorities and citizens; present to peers.',
  resources: [
    {
      kind: 'text',
      title: 'Après la formation',
      language: 'fr',
      body:
        'Les participants sont placés en situation de construction de stratégies d’urbanisme ' +
        'ouvert pour répondre à des problèmes qui se posent sur leurs territoires. Ces réflexions ' +
        'ont vocation à être prolongées avec les équipes des collectivités territoriales : ' +
        'd’abord les participants choisissent les civic-techs qui leur semblent les plus ' +
        'adaptées à leurs cas, puis ils esquissent des adaptations de ces méthodes à leurs ' +
        'contextes ; enfin, ils présentent à leurs pairs leurs premières idées pour nourrir des ' +
        'échanges critiques et constructifs.',
    },
    {
      kind: 'file',
      title: 'Synthèse de la formation',
      language: 'fr',
      file: { name: 'synthese-formation.md', contentType: 'text/markdown', text: SYNTHESIS_FR },
    },
  ],
};

function phases(format: CourseFormat, extra: Partial<Record<Phase, DemoModule[]>>): DemoPhase[] {
  // A half-day counted as 3.5 hours, a day as 7.
  const budget =
    format === 'short' ? { hoursBudget: 3.5, daysBudget: 0.5 } : { hoursBudget: 21, daysBudget: 3 };
  const base: Record<Phase, DemoModule[]> = {
    free_software_culture: [FREE_SOFTWARE_MODULE],
    civic_tech_testing: [CIVIC_TECH_MODULE],
    strategic_application: [PROTOTYPE_MODULE],
  };
  return (Object.keys(base) as Phase[]).map((phase) => ({
    phase,
    objectivesFr: PHASE_OBJECTIVES[phase].fr,
    objectivesEn: PHASE_OBJECTIVES[phase].en,
    ...budget,
    modules: [...base[phase], ...(extra[phase] ?? [])],
  }));
}

export const DEMO_COURSES: DemoCourse[] = [
  {
    slug: 'urbanisme-ouvert-format-court',
    format: 'short',
    titleFr: 'Urbanisme ouvert — format court',
    titleEn: 'Open urbanism — short format',
    summaryFr:
      'Trois demi-journées pour forger son opinion sur l’intérêt de l’intelligence collective ' +
      'pour les transformations territoriales : culture du logiciel libre, test de civic-techs ' +
      'libres, applications stratégiques. De 5 à 10 participants, en binômes élu·e / agent·e.',
    summaryEn:
      'Three half-days to form an opinion on the value of collective intelligence for ' +
      'territorial transformations: free software culture, testing free civic-techs, strategic ' +
      'applications. 5 to 10 participants, as elected official / civil servant pairs.',
    descriptionFr: WHY_FR,
    descriptionEn: WHY_EN,
    trainers: ['formatrice@apprenance.local'],
    phases: phases('short', {}),
  },
  {
    slug: 'urbanisme-ouvert-approfondissement',
    format: 'deep',
    titleFr: 'Urbanisme ouvert — format approfondissement',
    titleEn: 'Open urbanism — in-depth format',
    summaryFr:
      'Trois sessions de trois jours : études de cas, tests approfondis de civic-techs libres ' +
      'et prototypage d’une stratégie sur un problème de son territoire, avec la communauté ' +
      'apprenante. Certification à la clé.',
    summaryEn:
      'Three sessions of three days: case studies, in-depth testing of free civic-techs and ' +
      'prototyping a strategy on a problem of one’s territory, with the learning community. ' +
      'Leads to a certificate.',
    descriptionFr: WHY_FR,
    descriptionEn: WHY_EN,
    trainers: ['formatrice@apprenance.local', 'trainer@apprenance.local'],
    phases: phases('deep', {
      free_software_culture: [
        {
          titleFr: 'Études de cas : l’intelligence collective sur le terrain',
          titleEn: 'Case studies: collective intelligence in the field',
          summaryFr:
            'Des méthodes appliquées en Europe puis sur différents continents, dans des ' +
            'conditions géographiques et culturelles différentes.',
          summaryEn:
            'Methods applied in Europe and then on other continents, in different geographical ' +
            'and cultural conditions.',
          resources: [],
        },
      ],
      civic_tech_testing: [
        {
          titleFr: 'Cartographier avec les habitants',
          titleEn: 'Mapping with residents',
          summaryFr:
            'OpenStreetMap, iD et uMap : produire et partager une carte de son territoire.',
          summaryEn: 'OpenStreetMap, iD and uMap: make and share a map of one’s territory.',
          resources: [
            {
              kind: 'link',
              title: 'OpenStreetMap — code source',
              language: 'en',
              licence: 'GPL-2.0-only',
              url: 'https://github.com/openstreetmap/openstreetmap-website',
            },
          ],
        },
      ],
    }),
  },
];
