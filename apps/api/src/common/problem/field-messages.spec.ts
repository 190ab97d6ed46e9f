import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage, type ValidationArguments } from 'class-validator';
import { localiseFieldErrors, localiseFieldMessage, requestLanguage } from './field-messages';

/** What a French reader sees for messages the api sends, written here by hand. */
const FRENCH: [english: string, french: string][] = [
  ['email must be an email', 'doit être une adresse e-mail'],
  ['name must be shorter than or equal to 200 characters', 'doit faire au plus 200 caractères'],
  ['comment must be longer than or equal to 1 characters', 'doit faire au moins 1 caractère'],
  ['capacity must not be less than 2', 'doit être supérieur ou égal à 2'],
  ['level must be one of the following values: a, b', 'doit être l’une de ces valeurs : a, b'],
  ['each value in civicTechIds must be a UUID', 'chaque valeur : doit être un identifiant (UUID)'],
  ['property mayor should not exist', 'n’est pas un champ que cette requête accepte'],
  [
    'must be at least the 7 seats already taken',
    'doit être au moins égal aux 7 places déjà prises',
  ],
  ['must be on or after 2027-03-15', 'doit être le 2027-03-15 ou après'],
  [
    'must not be nested more than 64 levels deep',
    'ne doit pas être imbriqué sur plus de 64 niveaux',
  ],
];

describe('field messages', () => {
  it.each(FRENCH)('reads "%s" in French', (english, french) => {
    expect(localiseFieldMessage(english, 'fr')).toBe(french);
    expect(localiseFieldMessage(english, 'en')).toBe(english);
  });

  it('keeps a message no rule knows in English rather than losing it', () => {
    expect(localiseFieldMessage('is shaped like a teapot', 'fr')).toBe('is shaped like a teapot');
  });

  it('localises every message of every field', () => {
    expect(
      localiseFieldErrors({ a: ['a must be a string', 'must fit on one line'], b: [] }, 'fr'),
    ).toEqual({ a: ['doit être un texte', 'doit tenir sur une seule ligne'], b: [] });
  });

  it.each([
    [undefined, 'en'],
    ['fr', 'fr'],
    ['fr-CA,fr;q=0.9,en;q=0.5', 'fr'],
    ['en-GB,fr;q=0.5', 'en'],
    ['de-DE', 'en'],
    ['de-DE,fr;q=0.4', 'fr'],
  ])('reads Accept-Language %s as %s', (header, language) => {
    // The same negotiation Express runs, on a request carrying only the header.
    const express = jest.requireActual<typeof import('express')>('express');
    const request = Object.create(express.request, {
      headers: { value: header === undefined ? {} : { 'accept-language': header } },
    });
    expect(requestLanguage(request)).toBe(language);
  });

  /**
   * The guard: every message a DTO of the api can produce has its French. The DTOs are loaded
   * from the source tree, and each validation rule's message is produced the way class-validator
   * produces it.
   */
  it('has the French of every message the DTOs can produce', () => {
    loadDtos(join(__dirname, '..', '..'));
    const storage = getMetadataStorage();
    const metadatas = [...storage['validationMetadatas'].values()].flat();
    const untranslated = new Set<string>();
    for (const metadata of metadatas) {
      if (metadata.type === 'conditionalValidation' || metadata.type === 'whitelistValidation')
        continue;
      const args: ValidationArguments = {
        property: 'field',
        value: undefined,
        constraints: metadata.constraints ?? [],
        targetName: 'Dto',
        object: {},
      };
      const constraint = storage.getTargetValidatorConstraints(metadata.constraintCls)[0];
      const template =
        typeof metadata.message === 'function'
          ? metadata.message(args)
          : (metadata.message ??
            (constraint
              ? new (constraint.target as new () => DefaultMessage)().defaultMessage?.(args)
              : undefined) ??
            '');
      const message = template
        .replace(/\$property/g, args.property)
        .replace(/\$constraint1/g, String(args.constraints[0]));
      const prefixed = metadata.each ? `each value in ${message}` : message;
      if (localiseFieldMessage(prefixed, 'fr') === prefixed) untranslated.add(prefixed);
    }
    expect([...untranslated]).toEqual([]);
  });
});

interface DefaultMessage {
  defaultMessage?: (args: ValidationArguments) => string;
}

function loadDtos(directory: string): void {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) loadDtos(path);
    else if (/\.dto\.ts$|[/\\]dto[/\\].+\.ts$/.test(path) && !path.endsWith('.spec.ts'))
      jest.requireActual(path);
  }
}
