import type { Request } from 'express';

/** The languages a person reads the platform in. */
export type MessageLanguage = 'en' | 'fr';

type French = (match: RegExpMatchArray) => string;

/**
 * The French of every message a field error can carry: class-validator's defaults (which start
 * with the property's name), the messages our DTOs and pipes declare, and the field messages of
 * domain errors. English is the source text; a message with no rule here stays in English
 * (the guard in field-messages.spec.ts lists every message the DTOs can produce).
 *
 * A message names its field already through the `errors` key, so the French says only what is
 * wrong: under a form input, "doit être une adresse e-mail" reads better than "email doit …".
 */
const FRENCH: [RegExp, French][] = [
  // class-validator's defaults, optionally for each element of an array.
  [/^each value in (.+)$/, (m) => `chaque valeur : ${frenchOf(m[1])}`],
  [/^\S+ must be an email(?: address)?$/, () => 'doit être une adresse e-mail'],
  [/^(?:\S+ )?must be an email address$/, () => 'doit être une adresse e-mail'],
  [/^\S+ must be a string$/, () => 'doit être un texte'],
  [/^\S+ must be a UUID$/, () => 'doit être un identifiant (UUID)'],
  [/^\S+ must be an integer number$/, () => 'doit être un nombre entier'],
  [/^\S+ must be a number conforming to the specified constraints$/, () => 'doit être un nombre'],
  [/^\S+ must be a boolean value$/, () => 'doit valoir true ou false'],
  [/^\S+ must be an array$/, () => 'doit être une liste'],
  [/^\S+ must be a URL address$/, () => 'doit être une adresse web (URL)'],
  [/^\S+ must be a valid ISO 8601 date string$/, () => 'doit être une date ISO 8601'],
  [
    /^\S+ must be a valid ISO31661 Alpha2 code$/,
    () => 'doit être un code pays ISO 3166-1 alpha-2 (FR, BE…)',
  ],
  [
    /^\S+ must be one of the following values: (.*)$/,
    (m) => `doit être l’une de ces valeurs : ${m[1]}`,
  ],
  [
    /^\S+ must be shorter than or equal to (\d+) characters$/,
    (m) => `doit faire au plus ${m[1]} caractères`,
  ],
  [
    /^\S+ must be longer than or equal to (\d+) characters$/,
    (m) => `doit faire au moins ${m[1]} caractère${Number(m[1]) > 1 ? 's' : ''}`,
  ],
  [/^\S+ must not be greater than (\S+)$/, (m) => `doit être inférieur ou égal à ${m[1]}`],
  [/^\S+ must not be less than (\S+)$/, (m) => `doit être supérieur ou égal à ${m[1]}`],
  [
    /^\S+ must contain no more than (\d+) elements$/,
    (m) => `doit contenir au plus ${m[1]} éléments`,
  ],
  [
    /^\S+ must contain at least (\d+) elements?$/,
    (m) => `doit contenir au moins ${m[1]} élément(s)`,
  ],
  [/^All \S+'s elements must be unique$/, () => 'ne doit pas contenir deux fois la même valeur'],
  [/^\S+ must match .+ regular expression$/, () => 'n’a pas le format attendu'],
  [/^\S+ should not be null or undefined$/, () => 'est obligatoire'],
  [/^property \S+ should not exist$/, () => 'n’est pas un champ que cette requête accepte'],
  [
    /^(?:\S+ )?is not a field this request accepts$/,
    () => 'n’est pas un champ que cette requête accepte',
  ],
  [/^nested property \S+ must be either object or array$/, () => 'doit être un objet ou une liste'],
  // Messages our DTOs declare.
  [
    /^country must be an ISO 3166-1 alpha-2 code such as FR$/,
    () => 'doit être un code pays ISO 3166-1 alpha-2, par exemple FR',
  ],
  [
    /^(?:each )?language must be an ISO 639-1 code(?: such as fr or en)?$/,
    () => 'doit être un code de langue ISO 639-1, par exemple fr ou en',
  ],
  [
    /^lastCheckedOn must be a date such as 2026-01-31$/,
    () => 'doit être une date, par exemple 2026-01-31',
  ],
  [
    /^slug must be lower-case words joined by hyphens$/,
    () => 'doit être fait de mots en minuscules reliés par des tirets',
  ],
  [/^\S+ must be HH:mm$/, () => 'doit être une heure au format HH:mm'],
  [/^comment is required$/, () => 'est obligatoire'],
  [/^\S+ must be at least (\d+) characters long$/, (m) => `doit faire au moins ${m[1]} caractères`],
  [/^\S+ must be at most (\d+) characters long$/, (m) => `doit faire au plus ${m[1]} caractères`],
  [
    /^\S+ is too common; choose a password nobody would guess$/,
    () => 'est trop courant : choisissez un mot de passe que personne ne devinerait',
  ],
  [
    /^\S+ must be an SPDX licence id such as CC-BY-SA-4.0 or AGPL-3.0-or-later$/,
    () => 'doit être un identifiant de licence SPDX, par exemple CC-BY-SA-4.0 ou AGPL-3.0-or-later',
  ],
  [
    /^\S+ "(.+)" is a deprecated SPDX id: use its -only or -or-later form$/,
    (m) => `« ${m[1]} » est un identifiant SPDX obsolète : utilisez sa forme -only ou -or-later`,
  ],
  // Pipes and the input guard.
  [/^must be a UUID$/, () => 'doit être un identifiant (UUID)'],
  [/^must be a number$/, () => 'doit être un nombre'],
  [/^must be an integer$/, () => 'doit être un nombre entier'],
  [/^must not contain a NUL character$/, () => 'ne doit pas contenir de caractère NUL'],
  [
    /^must be well-formed Unicode \(no lone surrogate\)$/,
    () => 'doit être de l’Unicode bien formé (sans demi-paire de substitution)',
  ],
  [/^must not contain control characters$/, () => 'ne doit pas contenir de caractères de contrôle'],
  [/^must fit on one line$/, () => 'doit tenir sur une seule ligne'],
  [
    /^must not be nested more than (\d+) levels deep$/,
    (m) => `ne doit pas être imbriqué sur plus de ${m[1]} niveaux`,
  ],
  [/^must be one of: (.*)$/, (m) => `doit être l’une de ces valeurs : ${m[1]}`],
  [/^is larger than (.+)$/, (m) => `dépasse ${m[1]}`],
  // Field messages of domain errors.
  [/^already exists for this country and level$/, () => 'existe déjà pour ce pays et ce niveau'],
  [/^is already used by another civic-tech$/, () => 'est déjà utilisé par une autre civic-tech'],
  [/^is already used by another account$/, () => 'est déjà utilisée par un autre compte'],
  [/^is required for a participant$/, () => 'est obligatoire pour un·e participant·e'],
  [/^is only for participants$/, () => 'ne concerne que les participant·es'],
  [/^you are not a trainer of this course$/, () => 'vous n’êtes pas formateur·rice de ce cours'],
  [/^must be a published course$/, () => 'doit être un cours publié'],
  [/^must be ids of trainers$/, () => 'doit désigner des formateur·rices'],
  [
    /^must be an IANA time zone such as Europe\/Paris$/,
    () => 'doit être un fuseau horaire IANA, par exemple Europe/Paris',
  ],
  [
    /^is required unless the cohort is online$/,
    () => 'est obligatoire sauf pour une promotion en ligne',
  ],
  [
    /^must be at least the (\d+) seats already taken$/,
    (m) => `doit être au moins égal aux ${m[1]} places déjà prises`,
  ],
  [
    /^must be a different person from the political member$/,
    () => 'doit être une autre personne que le membre élu',
  ],
  [/^must be on or after (\S+)$/, (m) => `doit être le ${m[1]} ou après`],
  [
    /^is already in a pair of this cohort$/,
    () => 'fait déjà partie d’un binôme de cette promotion',
  ],
  [/^is (\S+)$/, (m) => `vaut ${m[1]}`],
  [/^is required$/, () => 'est obligatoire'],
  [/^must be between (\S+) and (\S+)$/, (m) => `doit être entre ${m[1]} et ${m[2]}`],
  [/^must be after startTime$/, () => 'doit être après l’heure de début'],
  [/^is a deactivated account$/, () => 'est un compte désactivé'],
  [/^is required to submit$/, () => 'est obligatoire pour soumettre'],
  [/^must name at least one civic-tech$/, () => 'doit citer au moins une civic-tech'],
  [/^is not allowed from (\S+)$/, (m) => `n’est pas permis depuis ${m[1]}`],
  [
    /^must be slides \(ODP, PPTX\), a PDF or an image \(PNG, JPEG\)$/,
    () => 'doit être une présentation (ODP, PPTX), un PDF ou une image (PNG, JPEG)',
  ],
  [
    /^must score exactly these criteria: (.*)$/,
    (m) => `doit noter exactement ces critères : ${m[1] === 'none' ? 'aucun' : m[1]}`,
  ],
  [
    /^may only be changed by an admin$/,
    () => 'ne peut être modifié que par un·e administrateur·rice',
  ],
  [/^is not used by an? (\S+) resource$/, (m) => `ne sert pas à une ressource de type ${m[1]}`],
  [
    /^is required for an? (\S+) resource$/,
    (m) => `est obligatoire pour une ressource de type ${m[1]}`,
  ],
];

function frenchOf(message: string): string | undefined {
  for (const [pattern, french] of FRENCH) {
    const match = message.match(pattern);
    if (match) return french(match);
  }
  return undefined;
}

/** A field message in the given language; English, the source, when no rule knows it. */
export function localiseFieldMessage(message: string, language: MessageLanguage): string {
  if (language === 'en') return message;
  return frenchOf(message) ?? message;
}

export function localiseFieldErrors(
  errors: Record<string, string[]>,
  language: MessageLanguage,
): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => [
      field,
      messages.map((message) => localiseFieldMessage(message, language)),
    ]),
  );
}

/**
 * The language a request's person reads, from `Accept-Language` (the web app sends its
 * interface language); English when the header names neither.
 */
export function requestLanguage(
  request: Pick<Request, 'headers' | 'acceptsLanguages'>,
): MessageLanguage {
  if (!request.headers?.['accept-language']) return 'en';
  return request.acceptsLanguages('en', 'fr') === 'fr' ? 'fr' : 'en';
}
