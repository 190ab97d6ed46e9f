import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { databaseState } from '../support/fuzz/database-state';
import { enrolPair } from '../support/pairs';
import {
  csvBody,
  IdSource,
  POLLUTION,
  jsonBody,
  percentEncode,
  textValue,
} from '../support/fuzz/arbitraries';
import { FuzzOperation, fuzzOperations, OpenApiDocument } from '../support/fuzz/openapi';

/** Fixed, so that a failure replays; fast-check prints the seed and path of a counterexample. */
const SEED = 20_261_130;
/** Runs per operation, and the time after which an operation stops early on a slow machine. */
const RUNS = 40;
const FAMILY_BUDGET_MS = 3_000;
const MIN_OPERATION_MS = 600;

interface FuzzRequest {
  url: string;
  body?: string;
}

/**
 * The input guard: every write operation and every list of the OpenAPI document, fed with
 * generated bodies, query strings and path parameters (wrong types, nulls, hostile and huge
 * text, edge numbers, deep JSON, prototype keys), answers a success or a 4xx problem+json,
 * never a 500; a refused request leaves every table as it was; nothing reaches a prototype.
 */
describe('input guard over the OpenAPI document', () => {
  let ctx: TestApp;
  let document: OpenApiDocument;
  let admin: string;
  const knownIds: string[] = [randomUUID()];
  const resolved = new Map<string, string>();
  /** Id fields of request bodies and the collection their ids come from. */
  const ID_FIELDS: Record<string, string> = {
    courseId: '/api/v1/courses',
    moduleId: '/api/v1/course-modules',
    territoryId: '/api/v1/territories',
  };
  const fieldIds = new Map<string, string>();
  const ids: IdSource = { forField: (name) => fieldIds.get(name), all: () => knownIds };

  beforeAll(async () => {
    ctx = await createTestApp();
    document = (await ctx.http().get('/api/docs-json').expect(200)).body as OpenApiDocument;
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
    const cohort = await ctx.factory.cohort({ startsOn: '2027-03-01' });
    const { political, technical } = await enrolPair(ctx, admin, cohort.id);
    knownIds.push(cohort.id, political.id, technical.id);
    fieldIds.set('participantId', political.id);
    fieldIds.set('politicalId', political.id);
    fieldIds.set('technicalId', technical.id);
    for (const [field, collection] of Object.entries(ID_FIELDS)) {
      fieldIds.set(field, await existingId(collection));
    }
  });
  afterAll(() => ctx.close());

  /** An existing id for a path parameter: the first item of the collection the path names. */
  async function existingId(collection: string): Promise<string> {
    if (!resolved.has(collection)) {
      const list = await ctx.http().get(collection).set('Authorization', admin);
      const first = Array.isArray(list.body) ? (list.body[0] as { id?: unknown }) : undefined;
      const id = typeof first?.id === 'string' ? first.id : randomUUID();
      resolved.set(collection, id);
      knownIds.push(id);
    }
    return resolved.get(collection) as string;
  }

  /** Each path parameter: an existing id (never for a delete), or a generated value. */
  async function pathArbitrary(operation: FuzzOperation): Promise<fc.Arbitrary<string>> {
    const real: string[] = [];
    const parts: fc.Arbitrary<string>[] = [];
    for (const segment of operation.path.split('/')) {
      const param = /\{(\w+)\}/.exec(segment)?.[0];
      if (!param) {
        real.push(segment);
        parts.push(fc.constant(segment));
        continue;
      }
      const id = await existingId(real.join('/'));
      real.push(segment.replace(param, id));
      const generated = textValue(document, { format: 'uuid' }, ids).map((value) =>
        segment.replace(param, percentEncode(value)),
      );
      parts.push(
        operation.method === 'delete'
          ? generated
          : fc.oneof(
              { weight: 4, arbitrary: fc.constant(segment.replace(param, id)) },
              { weight: 1, arbitrary: generated },
            ),
      );
    }
    return fc.tuple(...parts).map((segments) => segments.join('/'));
  }

  async function requestArbitrary(operation: FuzzOperation): Promise<fc.Arbitrary<FuzzRequest>> {
    const path = await pathArbitrary(operation);
    const query = fc.record(
      Object.fromEntries(
        Object.entries(operation.query).map(([name, schema]) => [
          name,
          textValue(document, schema, ids),
        ]),
      ),
      { requiredKeys: [] },
    );
    const body = !operation.body
      ? fc.constant(undefined)
      : operation.body.contentType === 'text/csv'
        ? csvBody
        : jsonBody(document, operation.body.schema, ids);
    return fc.tuple(path, query, body).map(([url, params, text]) => {
      const search = Object.entries(params)
        .filter((entry): entry is [string, string] => entry[1] !== undefined)
        .map(([name, value]) => `${name}=${percentEncode(value)}`)
        .join('&');
      return { url: search ? `${url}?${search}` : url, body: text };
    });
  }

  function send(operation: FuzzOperation, request: FuzzRequest): Promise<Response> {
    const call = ctx.http()[operation.method](request.url).set('Authorization', admin);
    if (request.body === undefined) return call;
    return call
      .set('Content-Type', operation.body?.contentType ?? 'application/json')
      .send(request.body);
  }

  it('answers every generated request with a success or a 4xx problem, and refusals write nothing', async () => {
    const operations = fuzzOperations(document);
    const families = new Map<string, FuzzOperation[]>();
    for (const operation of operations) {
      families.set(operation.family, [...(families.get(operation.family) ?? []), operation]);
    }
    const cases = new Map<string, number>();
    for (const [family, members] of families) {
      for (const operation of members) {
        const label = `${operation.method.toUpperCase()} ${operation.path}`;
        const arbitrary = await requestArbitrary(operation);
        const deadline = Date.now() + Math.max(MIN_OPERATION_MS, FAMILY_BUDGET_MS / members.length);
        await fc.assert(
          fc.asyncProperty(arbitrary, async (request) => {
            // Past its budget an operation stops sending; fast-check's own time limits would
            // abandon a request in flight, whose late commit would then blame the next one.
            if (Date.now() > deadline) return;
            const before = await databaseState(ctx.dataSource);
            const response = await send(operation, request);
            cases.set(label, (cases.get(label) ?? 0) + 1);
            const said = `${label} → ${response.status} ${response.text?.slice(0, 300)}`;
            expect({ said, server: response.status >= 500 }).toEqual({ said, server: false });
            // Unknown keys are refused everywhere, and a prototype key is one.
            const polluted = POLLUTION.some((key) => request.body?.includes(key));
            expect({ said, polluted, refused: response.status >= 400 }).toEqual({
              said,
              polluted,
              refused: polluted || response.status >= 400,
            });
            if (response.status >= 400) {
              expect({ said, type: response.headers['content-type'] }).toEqual({
                said,
                type: expect.stringMatching(/^application\/problem\+json/),
              });
              expect(await databaseState(ctx.dataSource)).toEqual(before);
            }
            expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          }),
          { seed: SEED, numRuns: RUNS },
        );
      }
      expect({
        family,
        covered: members.every((m) => cases.has(`${m.method.toUpperCase()} ${m.path}`)),
      }).toEqual({ family, covered: true });
    }
    expect(operations.length).toBeGreaterThan(30);
  }, 150_000);
});
