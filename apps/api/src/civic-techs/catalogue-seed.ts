import type { CreateCivicTechDto } from './dto/civic-tech.dto';

/**
 * The starting civic-tech catalogue: free/open-source tools, each checked against its own
 * repository on the date below — licence from the LICENSE file and package metadata (a bare
 * "AGPL v3" with no "or later" is recorded as `-only`), website from the README, languages
 * from the translation files (among ca, de, en, es, fr, it, nl, pt and a few others found).
 */
const CHECKED_ON = '2026-11-22';

export const CIVIC_TECH_SEED: CreateCivicTechDto[] = [
  {
    slug: 'decidim',
    name: 'Decidim',
    descriptionFr:
      'Plateforme de démocratie participative : processus participatifs, assemblées, ' +
      'propositions, débats, budgets participatifs, consultations et votes.',
    descriptionEn:
      'Participatory democracy platform: participatory processes, assemblies, proposals, ' +
      'debates, participatory budgets, consultations and votes.',
    licence: 'AGPL-3.0-only',
    repositoryUrl: 'https://github.com/decidim/decidim',
    websiteUrl: 'https://decidim.org',
    categories: [
      'participation',
      'deliberation',
      'participatory_budgeting',
      'consultation',
      'voting',
    ],
    languages: ['ca', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pt'],
    maintainer: 'Decidim community, started by Barcelona City Council',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'consul-democracy',
    name: 'CONSUL Democracy',
    descriptionFr:
      'Application de participation citoyenne et de gouvernement ouvert, développée à ' +
      'l’origine pour decide.madrid.es : débats, propositions citoyennes, budgets ' +
      'participatifs, votes et processus législatifs collaboratifs.',
    descriptionEn:
      'Citizen participation and open government application, first developed for ' +
      'decide.madrid.es: debates, citizen proposals, participatory budgets, votes and ' +
      'collaborative legislation.',
    licence: 'AGPL-3.0-only',
    repositoryUrl: 'https://github.com/consuldemocracy/consuldemocracy',
    websiteUrl: 'https://consuldemocracy.org',
    categories: ['participation', 'participatory_budgeting', 'petitions', 'voting', 'consultation'],
    languages: ['ca', 'en', 'es', 'fr', 'nl'],
    maintainer: 'CONSUL Democracy Foundation, started by Madrid City Council',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'umap',
    name: 'uMap',
    descriptionFr:
      'Création de cartes personnalisées sur fond OpenStreetMap en quelques minutes, à ' +
      'partager et intégrer dans un site ; idéal pour cartographier un projet avec les habitants.',
    descriptionEn:
      'Create custom maps on OpenStreetMap layers in minutes, to share and embed; well suited ' +
      'to mapping a project together with residents.',
    licence: 'AGPL-3.0-or-later',
    repositoryUrl: 'https://github.com/umap-project/umap',
    websiteUrl: 'https://umap-project.org',
    categories: ['mapping', 'collaboration'],
    languages: ['ca', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pt'],
    maintainer: 'uMap project (Yohan Boniface and contributors)',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'openstreetmap-website',
    name: 'OpenStreetMap (openstreetmap-website)',
    descriptionFr:
      'L’application Rails qui fait fonctionner le site et l’API d’OpenStreetMap, la carte ' +
      'libre du monde construite par ses contributeurs.',
    descriptionEn:
      'The Rails application behind the OpenStreetMap website and API, the free map of the ' +
      'world built by its contributors.',
    licence: 'GPL-2.0-only',
    repositoryUrl: 'https://github.com/openstreetmap/openstreetmap-website',
    websiteUrl: 'https://www.openstreetmap.org',
    categories: ['mapping', 'open_data', 'collaboration'],
    languages: ['ca', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pt'],
    maintainer: 'OpenStreetMap contributors',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'id-editor',
    name: 'iD',
    descriptionFr:
      'Éditeur JavaScript d’OpenStreetMap, simple d’accès : il permet à chacun de corriger ' +
      'et compléter la carte de son territoire depuis le navigateur.',
    descriptionEn:
      'Friendly JavaScript editor for OpenStreetMap: anyone can fix and complete the map of ' +
      'their territory from the browser.',
    licence: 'ISC',
    repositoryUrl: 'https://github.com/openstreetmap/iD',
    websiteUrl: 'https://www.openstreetmap.org',
    categories: ['mapping', 'open_data', 'collaboration'],
    languages: ['ca', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pt'],
    maintainer: 'iD contributors (OpenStreetMap)',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'polis',
    name: 'Polis',
    descriptionFr:
      'Conversation à grande échelle : les participants écrivent de courtes affirmations et ' +
      'votent sur celles des autres ; l’analyse fait apparaître groupes d’opinion et consensus.',
    descriptionEn:
      'Conversations at scale: participants write short statements and vote on others’; ' +
      'statistical analysis reveals opinion groups and areas of consensus.',
    licence: 'AGPL-3.0-only',
    repositoryUrl: 'https://github.com/compdemocracy/polis',
    websiteUrl: 'https://pol.is',
    categories: ['deliberation', 'consultation'],
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt'],
    maintainer: 'The Computational Democracy Project',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'ckan',
    name: 'CKAN',
    descriptionFr:
      'Logiciel de catalogue de données ouvertes, utilisé par de nombreux portails publics ' +
      'pour publier, décrire et partager des jeux de données.',
    descriptionEn:
      'Open data catalogue software, used by many public portals to publish, describe and ' +
      'share datasets.',
    licence: 'AGPL-3.0-or-later',
    repositoryUrl: 'https://github.com/ckan/ckan',
    websiteUrl: 'https://ckan.org',
    categories: ['open_data', 'transparency'],
    languages: ['ca', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pt'],
    maintainer: 'Open Knowledge Foundation and contributors',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'adhocracy-plus',
    name: 'adhocracy+',
    descriptionFr:
      'Plateforme de participation en ligne : idées, débats, cartes participatives, ' +
      'sondages et budgets participatifs, en SaaS ou installée sur ses propres serveurs.',
    descriptionEn:
      'Online participation platform: ideas, debates, participatory maps, polls and ' +
      'participatory budgets, as a service or on one’s own servers.',
    licence: 'AGPL-3.0-or-later',
    repositoryUrl: 'https://github.com/liqd/adhocracy-plus',
    websiteUrl: 'https://adhocracy.plus',
    categories: ['participation', 'deliberation', 'participatory_budgeting', 'mapping'],
    // The locale/ folder of the repository (de, en_GB, nl_NL, tr_TR).
    languages: ['de', 'en', 'nl', 'tr'],
    maintainer: 'Liquid Democracy e.V.',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'fixmystreet',
    name: 'FixMyStreet Platform',
    descriptionFr:
      'Signalement géolocalisé des problèmes de voirie et d’espace public (nids-de-poule, ' +
      'éclairage, dépôts sauvages…) transmis à l’autorité compétente.',
    descriptionEn:
      'Map-based reporting of street and public-space problems (potholes, lighting, ' +
      'fly-tipping…) sent to the authority in charge.',
    licence: 'AGPL-3.0-or-later',
    repositoryUrl: 'https://github.com/mysociety/fixmystreet',
    websiteUrl: 'https://fixmystreet.org',
    categories: ['issue_reporting', 'mapping', 'participation'],
    languages: ['ca', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pt'],
    maintainer: 'mySociety',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'alaveteli',
    name: 'Alaveteli',
    descriptionFr:
      'Plateforme de demandes d’accès à l’information publique : les demandes et les ' +
      'réponses des administrations sont publiées en ligne.',
    descriptionEn:
      'Freedom of information request platform: requests and the authorities’ answers are ' +
      'published online.',
    licence: 'AGPL-3.0-or-later',
    repositoryUrl: 'https://github.com/mysociety/alaveteli',
    websiteUrl: 'https://alaveteli.org',
    categories: ['transparency', 'open_data'],
    languages: ['ca', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pt'],
    maintainer: 'mySociety',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'ushahidi-platform',
    name: 'Ushahidi Platform',
    descriptionFr:
      'Collecte de témoignages et de données de terrain (web, SMS…) et leur visualisation ' +
      'sur une carte, pour la veille citoyenne et la réponse aux crises.',
    descriptionEn:
      'Crowdsourcing of reports and field data (web, SMS…) and their display on a map, for ' +
      'citizen monitoring and crisis response.',
    licence: 'AGPL-3.0-only',
    repositoryUrl: 'https://github.com/ushahidi/platform',
    websiteUrl: 'https://www.ushahidi.com',
    categories: ['mapping', 'issue_reporting', 'open_data'],
    languages: ['ar', 'cs', 'en', 'es', 'hy', 'pt'],
    maintainer: 'Ushahidi',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'agorakit',
    name: 'Agorakit',
    descriptionFr:
      'Outil de collaboration pour collectifs citoyens : groupes, discussions, agenda ' +
      'partagé, fichiers et cartographie des membres.',
    descriptionEn:
      'Groupware for citizen collectives: groups, discussions, shared agenda, files and ' +
      'member maps.',
    licence: 'AGPL-3.0-only',
    repositoryUrl: 'https://github.com/agorakit/agorakit',
    websiteUrl: 'https://www.agorakit.org',
    categories: ['collaboration', 'participation'],
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl'],
    maintainer: 'Agorakit contributors',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'openfisca',
    name: 'OpenFisca',
    descriptionFr:
      'Moteur de microsimulation qui transcrit la loi (impôts, prestations) en code ouvert ' +
      'pour calculer et débattre des effets des politiques publiques.',
    descriptionEn:
      'Microsimulation engine turning legislation (taxes, benefits) into open code, to ' +
      'compute and debate the effects of public policies.',
    licence: 'AGPL-3.0-or-later',
    repositoryUrl: 'https://github.com/openfisca/openfisca-core',
    websiteUrl: 'https://openfisca.org',
    categories: ['transparency', 'open_data'],
    languages: ['en'],
    maintainer: 'OpenFisca contributors',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'etherpad',
    name: 'Etherpad',
    descriptionFr:
      'Éditeur de texte collaboratif en temps réel, pour rédiger à plusieurs un compte rendu, ' +
      'une charte ou une proposition.',
    descriptionEn:
      'Real-time collaborative text editor, for writing minutes, a charter or a proposal ' +
      'together.',
    licence: 'Apache-2.0',
    repositoryUrl: 'https://github.com/ether/etherpad-lite',
    websiteUrl: 'https://etherpad.org',
    categories: ['collaboration'],
    languages: ['ca', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pt'],
    maintainer: 'Etherpad contributors',
    lastCheckedOn: CHECKED_ON,
  },
  {
    slug: 'your-priorities',
    name: 'Your Priorities',
    descriptionFr:
      'Plateforme d’idéation et de priorisation : les citoyens proposent des idées, ' +
      'argumentent pour et contre et votent ; utilisée notamment par Better Reykjavík.',
    descriptionEn:
      'Ideation and prioritisation platform: citizens propose ideas, argue for and against ' +
      'and vote; used among others by Better Reykjavík.',
    // LICENSE.md: "Everything in this repo is under AGPL-3.0 license" (no "or later").
    licence: 'AGPL-3.0-only',
    repositoryUrl: 'https://github.com/CitizensFoundation/your-priorities-app',
    websiteUrl: 'https://citizens.is',
    categories: ['participation', 'deliberation', 'voting'],
    // The client's locales/ folders.
    languages: [
      'cs',
      'de',
      'en',
      'fa',
      'hu',
      'is',
      'ky',
      'nl',
      'no',
      'pt',
      'ro',
      'ru',
      'sl',
      'sq',
      'sv',
      'tr',
      'uk',
      'zh',
    ],
    maintainer: 'Citizens Foundation',
    lastCheckedOn: CHECKED_ON,
  },
];
