import type { Locale } from '@apprenance/db';
import { DateTime, Duration } from 'luxon';

/**
 * Every message the platform sends, in French and English, by template key: the one place
 * where their words live. A feature that announces something new writes a notification row
 * with a new key (see `docs/notifications.md`) and adds its entry here; the catalogue test
 * fails for a key without both languages.
 */
export const MESSAGE_CATEGORIES = [
  'security',
  'applications',
  'enrolment',
  'reminders',
  'prototypes',
] as const;
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

/**
 * Categories sent whatever the person's email preferences: they concern the account itself
 * (certificates, when they come, belong here too).
 */
export const ALWAYS_EMAILED: readonly MessageCategory[] = ['security'];

/** The categories a person may turn off by email. */
export const OPTIONAL_CATEGORIES = MESSAGE_CATEGORIES.filter((c) => !ALWAYS_EMAILED.includes(c));

/** What a template receives: the row's payload, read defensively (older rows may lack a field). */
export type MessagePayload = Record<string, unknown>;

export interface Wording {
  subject: string;
  /** Paragraphs of the body, plain text; the HTML part escapes them. */
  paragraphs: string[];
  /** The label of the link back to the platform. */
  action: string;
}

interface MessageTemplate {
  category: MessageCategory;
  /** Shown in the in-app inbox too; account links are for email only. */
  inbox: boolean;
  /** The link back, relative to the web app's root (hash route). */
  path: (payload: MessagePayload) => string;
  fr: (payload: MessagePayload) => Wording;
  en: (payload: MessagePayload) => Wording;
}

const text = (payload: MessagePayload, key: string) => {
  const value = payload[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
const cohortPath = (payload: MessagePayload) => `#/cohorts/${text(payload, 'cohortId')}/show`;
const tokenPath = (route: string) => (payload: MessagePayload) =>
  `#/${route}?token=${encodeURIComponent(text(payload, 'token'))}`;

const DURATION_UNITS = { s: 'seconds', m: 'minutes', h: 'hours', d: 'days' } as const;

/**
 * How long an account link works, worded in the reader's language ("7 jours", "1 hour"), from
 * the `validFor` the api writes (its configured duration such as `7d`); `fallback` for rows
 * written before the payload carried it.
 */
const validFor = (payload: MessagePayload, locale: Locale, fallback: string) => {
  const [, amount, unit] = /^(\d+)([smhd])$/.exec(text(payload, 'validFor')) ??
    /^(\d+)([smhd])$/.exec(fallback) ?? ['', '1', 'h'];
  const unitName = DURATION_UNITS[unit as keyof typeof DURATION_UNITS];
  return Duration.fromObject({ [unitName]: Number(amount) }, { locale }).toHuman({
    unitDisplay: 'long',
  });
};

/** A session's start in the cohort's time zone, worded in the reader's language. */
const sessionStart = (payload: MessagePayload, locale: Locale) =>
  DateTime.fromISO(text(payload, 'startsAt'), { zone: text(payload, 'timeZone') || 'UTC' })
    .setLocale(locale)
    .toLocaleString({ ...DateTime.DATETIME_FULL, timeZoneName: 'short' });
const sessionPlace = (payload: MessagePayload) =>
  text(payload, 'venue') || text(payload, 'onlineUrl');

const pairMessage = (
  fr: (cohort: string, payload: MessagePayload) => [string, string],
  en: (cohort: string, payload: MessagePayload) => [string, string],
  category: MessageCategory = 'enrolment',
): MessageTemplate => ({
  category,
  inbox: true,
  path: cohortPath,
  fr: (payload) => {
    const [subject, body] = fr(text(payload, 'cohortName'), payload);
    return { subject, paragraphs: [body], action: 'Voir la promotion' };
  },
  en: (payload) => {
    const [subject, body] = en(text(payload, 'cohortName'), payload);
    return { subject, paragraphs: [body], action: 'See the cohort' };
  },
});

/** A message about a pair's prototype (its review by trainers, or by peers). */
const prototypeMessage = (
  fr: (payload: MessagePayload) => [string, string],
  en: (payload: MessagePayload) => [string, string],
): MessageTemplate => {
  const wording = (words: [string, string], action: string, payload: MessagePayload) => ({
    subject: words[0],
    paragraphs: [words[1], text(payload, 'comment')].filter(Boolean),
    action,
  });
  return {
    category: 'prototypes',
    inbox: true,
    path: (payload) => `#/prototypes/${text(payload, 'prototypeId')}/show`,
    fr: (payload) => wording(fr(payload), 'Voir le prototype', payload),
    en: (payload) => wording(en(payload), 'See the prototype', payload),
  };
};

/** A reminder to answer the conviction questionnaire of a cohort (before or after it). */
const convictionMessage = (
  fr: (cohort: string) => [string, string],
  en: (cohort: string) => [string, string],
): MessageTemplate => {
  const wording = ([subject, body]: [string, string], action: string) => ({
    subject,
    paragraphs: [body],
    action,
  });
  return {
    category: 'reminders',
    inbox: true,
    path: () => '#/conviction',
    fr: (payload) => wording(fr(text(payload, 'cohortName')), 'Répondre'),
    en: (payload) => wording(en(text(payload, 'cohortName')), 'Answer'),
  };
};

export const MESSAGE_TEMPLATES: Record<string, MessageTemplate> = {
  'account.invitation': {
    category: 'security',
    inbox: false,
    path: tokenPath('activate'),
    fr: (payload) => ({
      subject: 'Votre compte Apprenance vous attend',
      paragraphs: [
        'Un compte a été créé pour vous. Choisissez votre mot de passe pour l’ouvrir.',
        `Ce lien ne sert qu’une fois et expire dans ${validFor(payload, 'fr', '7d')}. Si vous n’attendiez pas ce message, ignorez-le.`,
      ],
      action: 'Choisir mon mot de passe',
    }),
    en: (payload) => ({
      subject: 'Your Apprenance account is waiting for you',
      paragraphs: [
        'An account was created for you. Choose your password to open it.',
        `This link works once and expires in ${validFor(payload, 'en', '7d')}. If you did not expect this message, ignore it.`,
      ],
      action: 'Choose my password',
    }),
  },
  'account.password_reset': {
    category: 'security',
    inbox: false,
    path: tokenPath('reset-password'),
    fr: (payload) => ({
      subject: 'Réinitialiser votre mot de passe',
      paragraphs: [
        'Quelqu’un a demandé à réinitialiser le mot de passe de votre compte.',
        `Ce lien ne sert qu’une fois et expire dans ${validFor(payload, 'fr', '1h')}. Si ce n’est pas vous, ignorez ce message : votre mot de passe reste le même.`,
      ],
      action: 'Choisir un nouveau mot de passe',
    }),
    en: (payload) => ({
      subject: 'Reset your password',
      paragraphs: [
        'Someone asked to reset the password of your account.',
        `This link works once and expires in ${validFor(payload, 'en', '1h')}. If it was not you, ignore this message: your password stays the same.`,
      ],
      action: 'Choose a new password',
    }),
  },
  'pair.applied': pairMessage(
    (c) => [
      `Candidature reçue : ${c}`,
      `Votre candidature en binôme à « ${c} » est reçue ; l’équipe de formation vous répondra.`,
    ],
    (c) => [
      `Application received: ${c}`,
      `Your pair's application to "${c}" was received; the training team will answer you.`,
    ],
    'applications',
  ),
  'pair.declined': pairMessage(
    (c) => [
      `Candidature non retenue : ${c}`,
      `Votre candidature en binôme à « ${c} » n’a pas été retenue.`,
    ],
    (c) => [`Application declined: ${c}`, `Your pair's application to "${c}" was not accepted.`],
    'applications',
  ),
  'pair.enrolled': pairMessage(
    (c) => [
      `Inscription confirmée : ${c}`,
      `Votre binôme est inscrit à « ${c} ». À bientôt en formation !`,
    ],
    (c) => [
      `Enrolment confirmed: ${c}`,
      `Your pair is enrolled in "${c}". See you at the training!`,
    ],
  ),
  'pair.waitlisted': pairMessage(
    (c, p) => [
      `Liste d’attente : ${c}`,
      `« ${c} » est complète ; votre binôme est en position ${text(p, 'waitlistRank')} sur la liste d’attente. Vous serez inscrits automatiquement si deux places se libèrent.`,
    ],
    (c, p) => [
      `Waitlist: ${c}`,
      `"${c}" is full; your pair is number ${text(p, 'waitlistRank')} on the waitlist. You will be enrolled automatically when two seats free up.`,
    ],
  ),
  'pair.promoted': pairMessage(
    (c) => [
      `Une place s’est libérée : ${c}`,
      `Des places se sont libérées : votre binôme passe de la liste d’attente à l’inscription à « ${c} ».`,
    ],
    (c) => [
      `A seat freed up: ${c}`,
      `Seats freed up: your pair moves from the waitlist to enrolled in "${c}".`,
    ],
  ),
  'pair.withdrawn': pairMessage(
    (c) => [`Retrait confirmé : ${c}`, `Votre binôme est retiré de « ${c} ».`],
    (c) => [`Withdrawal confirmed: ${c}`, `Your pair is withdrawn from "${c}".`],
  ),
  'pair.withdrawn_by_member': pairMessage(
    (c) => [
      `Un binôme s’est retiré : ${c}`,
      `Un binôme s’est retiré de « ${c} » ; sa place revient à la liste d’attente s’il y en a une.`,
    ],
    (c) => [
      `A pair withdrew: ${c}`,
      `A pair withdrew from "${c}"; its seats go to the waitlist if there is one.`,
    ],
  ),
  'session.reminder': {
    category: 'reminders',
    inbox: true,
    path: cohortPath,
    fr: (p) => ({
      subject: `Demain : ${text(p, 'cohortName')}`,
      paragraphs: [
        `Rappel : la prochaine séance de « ${text(p, 'cohortName')} » commence le ${sessionStart(p, 'fr')}.`,
        `Lieu : ${sessionPlace(p)}`,
      ],
      action: 'Voir la promotion',
    }),
    en: (p) => ({
      subject: `Tomorrow: ${text(p, 'cohortName')}`,
      paragraphs: [
        `A reminder: the next session of "${text(p, 'cohortName')}" starts on ${sessionStart(p, 'en')}.`,
        `Where: ${sessionPlace(p)}`,
      ],
      action: 'See the cohort',
    }),
  },
  // Conviction before/after and strategy follow-ups (issue 10), written by the worker's schedule.
  'conviction.before': convictionMessage(
    (c) => [
      `Avant la formation : ${c}`,
      `Avant « ${c} », dites-nous en trois questions où vous en êtes : l’intelligence collective améliore-t-elle les projets de territoire, et quelle est votre aisance avec les logiciels libres et les civic-techs ? Vous pouvez modifier vos réponses jusqu’à la fin de la première journée.`,
    ],
    (c) => [
      `Before the training: ${c}`,
      `Before "${c}", tell us in three questions where you stand: does collective intelligence improve territorial projects, and how confident are you with free software and civic-techs? You can change your answers until the end of the first day.`,
    ],
  ),
  'conviction.after': convictionMessage(
    (c) => [
      `Après la formation : ${c}`,
      `« ${c} » s’achève : répondez aux trois mêmes questions qu’au début, pour mesurer ce qui a changé. Vous pouvez le faire pendant trois mois.`,
    ],
    (c) => [
      `After the training: ${c}`,
      `"${c}" is ending: answer the same three questions as at the start, to measure what changed. You can do so for three months.`,
    ],
  ),
  'follow_up.due': {
    category: 'reminders',
    inbox: true,
    path: () => '#/follow-ups',
    fr: (p) => ({
      subject: `Suivi à ${text(p, 'milestone')} mois : ${text(p, 'cohortName')}`,
      paragraphs: [
        `Il y a ${text(p, 'milestone')} mois s’achevait « ${text(p, 'cohortName')} ». Où en est la stratégie de votre binôme ? Adoptée, en cours, financée, quelles civic-techs déployées : quelques minutes suffisent, et ces réponses servent de preuve aux décideurs.`,
      ],
      action: 'Renseigner le suivi',
    }),
    en: (p) => ({
      subject: `${text(p, 'milestone')}-month follow-up: ${text(p, 'cohortName')}`,
      paragraphs: [
        `"${text(p, 'cohortName')}" ended ${text(p, 'milestone')} months ago. Where does your pair's strategy stand? Adopted, in progress, funded, which civic-techs deployed: a few minutes are enough, and the answers are evidence for decision-makers.`,
      ],
      action: 'Record the follow-up',
    }),
  },
  // Prototypes and peer review (issue 9) announce these; the trainer's comment goes with them.
  'prototype.submitted': prototypeMessage(
    (p) => [
      'Prototype soumis',
      `Un binôme a soumis la version ${text(p, 'version')} de son prototype.`,
    ],
    (p) => [
      'Prototype submitted',
      `A pair submitted version ${text(p, 'version')} of its prototype.`,
    ],
  ),
  'prototype.presented': prototypeMessage(
    () => ['Prototype présenté', 'Votre prototype est marqué comme présenté.'],
    () => ['Prototype presented', 'Your prototype is marked as presented.'],
  ),
  'prototype.changes_requested': prototypeMessage(
    () => [
      'Modifications demandées',
      'La formatrice ou le formateur demande des modifications à votre prototype :',
    ],
    () => ['Changes requested', 'Your trainer asks for changes to your prototype:'],
  ),
  'prototype.accepted': prototypeMessage(
    () => ['Prototype accepté', 'Votre prototype est accepté. Bravo !'],
    () => ['Prototype accepted', 'Your prototype is accepted. Well done!'],
  ),
  'peer_review.assigned': prototypeMessage(
    () => [
      'Une relecture vous attend',
      'Votre binôme est invité à relire le prototype d’un autre binôme.',
    ],
    () => ['A review awaits you', 'Your pair is asked to review another pair’s prototype.'],
  ),
  'peer_review.received': prototypeMessage(
    () => ['Nouvelle relecture reçue', 'Un autre binôme a relu votre prototype.'],
    () => ['New review received', 'Another pair reviewed your prototype.'],
  ),
  'pair.application_conflict': pairMessage(
    (c) => [
      `Candidature à vérifier : ${c}`,
      `Une candidature à « ${c} » n’a pas pu être enregistrée telle quelle ; le journal d’audit en donne le détail.`,
    ],
    (c) => [
      `Application to check: ${c}`,
      `An application to "${c}" could not be recorded as it was; the audit log has the details.`,
    ],
    'applications',
  ),
};

export interface SiteInfo {
  /** The platform's name, shown in every message. */
  name: string;
  /** The web app's root URL. */
  url: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  /** The link back to the platform. */
  link: string;
}

export function isKnownTemplate(template: string): boolean {
  return Object.hasOwn(MESSAGE_TEMPLATES, template);
}

export function templateOf(template: string): MessageTemplate {
  if (!isKnownTemplate(template)) throw new Error(`No message template "${template}"`);
  return MESSAGE_TEMPLATES[template];
}

/** May this person turn this message off by email? */
export function isEmailOptional(template: string): boolean {
  return !ALWAYS_EMAILED.includes(templateOf(template).category);
}

const GREETING: Record<Locale, (name: string) => string> = {
  fr: (name) => `Bonjour ${name},`,
  en: (name) => `Hello ${name},`,
};
const SIGNATURE: Record<Locale, (site: string) => string> = {
  fr: (site) => `— L’équipe ${site}`,
  en: (site) => `— The ${site} team`,
};

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The link back to the platform that a message carries. */
export function messageLink(template: string, payload: MessagePayload, siteUrl: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/${templateOf(template).path(payload)}`;
}

/** A message's words in one language, without greeting or signature (the inbox shows these). */
export function messageWording(template: string, locale: Locale, payload: MessagePayload): Wording {
  return templateOf(template)[locale](payload);
}

/** The subject, plain-text and HTML parts of a message to one person, in their language. */
export function renderMessage(
  template: string,
  locale: Locale,
  payload: MessagePayload,
  recipientName: string,
  site: SiteInfo,
): RenderedMessage {
  const wording = messageWording(template, locale, payload);
  const link = messageLink(template, payload, site.url);
  const greeting = GREETING[locale](recipientName);
  const signature = SIGNATURE[locale](site.name);
  const text = [greeting, ...wording.paragraphs, `${wording.action}: ${link}`, signature].join(
    '\n\n',
  );
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...wording.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(wording.action)}</a></p>`,
    `<p>${escapeHtml(signature)}</p>`,
  ].join('\n');
  return {
    subject: `[${site.name}] ${wording.subject}`,
    text,
    html: `<!doctype html><html lang="${locale}"><body>${html}</body></html>`,
    link,
  };
}
