import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createTestApp, TestApp } from '../support/app';

/** Redocly's CLI, run with this node (it is a self-contained ES module bundle). */
const REDOCLY_CLI = require.resolve('@redocly/cli/bin/cli.js');

/**
 * Operations that never answer a 4xx: they take no input and need no token, so a declared
 * 4xx would be untrue. Redocly's `operation-4xx-response` is waived for these only.
 */
const NO_CLIENT_ERRORS = [
  'get /api/health',
  'get /api/v1/public/commons.zip',
  // The issuer's public documents take no input at all.
  'get /api/v1/credentials/issuer',
  'get /api/v1/credentials/jwks.json',
];

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: {
    ruleId: string;
    severity: string;
    message: string;
    location: { pointer: string }[];
  }[];
}

/** Redocly's ignore file: the JSON pointers of the waived problems, by linted file. */
function lintIgnore(file: string): string {
  const pointers = NO_CLIENT_ERRORS.map((operation) => {
    const [method, route] = operation.split(' ');
    return `#/paths/${route.replace(/\//g, '~1')}/${method}/responses`;
  });
  return JSON.stringify({ [file]: { 'operation-4xx-response': pointers } });
}

/** Lints the document with Redocly's `recommended` ruleset and returns its JSON report. */
async function redoclyLint(document: unknown): Promise<LintReport> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'apprenance-openapi-'));
  try {
    await writeFile(path.join(dir, 'openapi.json'), JSON.stringify(document));
    await writeFile(path.join(dir, '.redocly.lint-ignore.yaml'), lintIgnore('openapi.json'));
    // JSON is YAML: the recommended rules, and every tag an operation uses must be declared.
    await writeFile(
      path.join(dir, 'redocly.yaml'),
      JSON.stringify({ extends: ['recommended'], rules: { 'operation-tag-defined': 'error' } }),
    );
    // The CLI exits non-zero when it finds errors; the report on stdout says what they are.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [REDOCLY_CLI, 'lint', 'openapi.json', '--format=json'],
      {
        cwd: dir,
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    return JSON.parse(stdout) as LintReport;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Operation {
  security?: Record<string, string[]>[];
  responses: Record<string, unknown>;
}

describe('OpenAPI document', () => {
  let ctx: TestApp;
  let document: {
    servers: { url: string }[];
    security: unknown;
    paths: Record<string, Record<string, Operation>>;
  };

  const operation = (name: string): Operation => {
    const [method, route] = name.split(' ');
    return document.paths[route][method];
  };

  beforeAll(async () => {
    ctx = await createTestApp();
    document = (await ctx.http().get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => ctx.close());

  it("passes Redocly's recommended lint, errors and warnings alike", async () => {
    const report = await redoclyLint(document);
    expect(
      report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`),
    ).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: NO_CLIENT_ERRORS.length });
  });

  it('names the server the paths are relative to, and asks for a bearer token by default', () => {
    expect(document.servers.map((server) => server.url)).toEqual(['http://127.0.0.1:3000']);
    expect(document.security).toEqual([{ bearer: [] }]);
  });

  it('marks exactly the public operations as needing no token', () => {
    const open = Object.entries(document.paths).flatMap(([route, item]) =>
      Object.entries(item)
        .filter(([, op]) => op.security?.length === 0)
        .map(([method]) => `${method} ${route}`),
    );
    expect(open.sort()).toEqual(
      [
        'get /api/health',
        'post /api/v1/auth/login',
        'post /api/v1/auth/activate',
        'post /api/v1/auth/password-reset',
        'post /api/v1/auth/password-reset/confirm',
        'post /api/v1/cohorts/{cohortId}/applications',
        'get /api/v1/calendars/{tokenId}/{secret}.ics',
        'get /api/v1/public/courses',
        'get /api/v1/public/courses/{slug}',
        'get /api/v1/public/courses/{slug}/cohorts',
        'get /api/v1/public/impact',
        'get /api/v1/public/impact/{courseId}',
        'get /api/v1/public/impact/{courseId}/{chart}.csv',
        'get /api/v1/public/resources/{id}/file',
        'get /api/v1/public/civic-techs',
        'get /api/v1/public/civic-techs/{slug}',
        'get /api/v1/public/commons.zip',
        'get /verify/{code}',
        'get /api/v1/credentials/issuer',
        'get /api/v1/credentials/jwks.json',
        'get /api/v1/credentials/status/{list}',
        'post /api/v1/verify',
      ].sort(),
    );
  });

  it.each`
    name                                       | statuses
    ${'get /api/v1/auth/me'}                   | ${['200', '401']}
    ${'get /api/v1/territories'}               | ${['200', '400', '401', '403']}
    ${'delete /api/v1/territories/{id}'}       | ${['204', '400', '401', '403', '404']}
    ${'get /api/v1/audit-log/{id}'}            | ${['200', '400', '401', '403', '404']}
    ${'get /api/v1/public/civic-techs/{slug}'} | ${['200', '400', '404']}
    ${'get /api/health'}                       | ${['200', '503']}
  `('documents the answers $name really gives', ({ name, statuses }) => {
    expect(Object.keys(operation(name).responses).sort()).toEqual(statuses);
  });
});
