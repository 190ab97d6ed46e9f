import { readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Response, Test } from 'supertest';
import { AppConfig } from '@apprenance/config';
import { APP_CONFIG } from '../../apps/api/src/config/config.module';
import { createTestApp, TestApp } from '../support/app';
import { actors, Actors, count, createCourse, createModule } from '../support/courses';
import { samples } from '../support/files';
import { expectProblem } from '../support/problem';

/** Every file under the app's storage directory (none when it was never created). */
async function storedFiles(ctx: TestApp): Promise<string[]> {
  const dir = ctx.app.get<AppConfig>(APP_CONFIG).STORAGE_LOCAL_DIR;
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

function binary(res: Response, done: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

interface Setup {
  ctx: TestApp;
  as: Actors;
  moduleId: string;
}

async function setUp(env?: Record<string, string>): Promise<Setup> {
  const ctx = await createTestApp({ env });
  const as = await actors(ctx);
  const course = await createCourse(ctx, as.admin.auth, { trainerIds: [as.trainer.user.id] });
  const module = await createModule(ctx, as.trainer.auth, course.id, 'strategic_application');
  return { ctx, as, moduleId: module.id };
}

function upload(
  { ctx, as, moduleId }: Setup,
  file: Buffer,
  filename: string,
  contentType: string,
): Test {
  return ctx
    .http()
    .post('/api/v1/course-resources/upload')
    .set('Authorization', as.trainer.auth)
    .field('moduleId', moduleId)
    .field('title', 'Support de cours')
    .field('language', 'fr')
    .attach('file', file, { filename, contentType });
}

describe('course resource uploads', () => {
  let setup: Setup;

  beforeAll(async () => {
    setup = await setUp({ UPLOAD_MAX_SIZE: '64kb' });
  });
  afterAll(() => setup.ctx.close());

  it('stores an accepted file under its sniffed type and streams it back', async () => {
    const { ctx, as } = setup;
    const pdf = samples.pdf();
    // Other tests of this file store files in the same directory, in any order.
    const before = await storedFiles(ctx);
    const response = await upload(
      setup,
      pdf,
      'Délibération.pdf',
      'application/octet-stream',
    ).expect(201);
    expect(response.body).toMatchObject({
      kind: 'file',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      fileName: 'Délibération.pdf',
      licence: 'CC-BY-SA-4.0',
      url: null,
      body: null,
    });
    expect(response.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(response.body).not.toHaveProperty('fileKey');
    const stored = (await storedFiles(ctx)).filter((file) => !before.includes(file));
    expect(stored).toHaveLength(1);

    const download = await ctx
      .http()
      .get(`/api/v1/course-resources/${response.body.id}/file`)
      .set('Authorization', as.participant.auth);
    expectProblem(download, 404, 'not_found');
    const file = await ctx
      .http()
      .get(`/api/v1/course-resources/${response.body.id}/file`)
      .set('Authorization', as.otherTrainer.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-length']).toBe(String(pdf.length));
    expect(file.headers['content-disposition']).toContain(
      `filename*=UTF-8''D%C3%A9lib%C3%A9ration.pdf`,
    );
    expect((file.body as Buffer).equals(pdf)).toBe(true);

    await ctx
      .http()
      .delete(`/api/v1/course-resources/${response.body.id}`)
      .set('Authorization', as.trainer.auth)
      .expect(204);
    expect(await storedFiles(ctx)).toEqual(before);
  });

  it.each([
    ['ODT', () => samples.odt(), 'notes.odt', 'application/vnd.oasis.opendocument.text'],
    ['DOCX', () => samples.docx(), 'notes.docx', 'application/octet-stream'],
    ['PNG', () => samples.png(), 'carte.png', 'image/png'],
    ['Markdown', () => samples.markdown(), 'notes.md', 'text/markdown'],
    ['CSV', () => samples.csv(), 'outils.csv', 'text/csv'],
  ])('accepts %s', async (_, make, filename, contentType) => {
    const response = await upload(setup, await make(), filename, contentType).expect(201);
    expect(response.body.contentType).toBe(
      contentType === 'application/octet-stream'
        ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        : contentType,
    );
  });

  it.each([
    [
      'a PNG declared as a PDF',
      samples.png(),
      'carte.pdf',
      'application/pdf',
      422,
      'rule_violation',
    ],
    [
      'a PNG named .pdf',
      samples.png(),
      'carte.pdf',
      'application/octet-stream',
      422,
      'rule_violation',
    ],
    [
      'text declared as a PDF',
      samples.markdown(),
      'notes.pdf',
      'application/pdf',
      422,
      'rule_violation',
    ],
    [
      'an executable',
      samples.binary(),
      'outil.pdf',
      'application/pdf',
      415,
      'unsupported_media_type',
    ],
    ['Latin-1 text', samples.latin1(), 'notes.txt', 'text/plain', 415, 'unsupported_media_type'],
  ])('refuses %s and stores nothing', async (_, file, filename, contentType, status, code) => {
    const rows = await count(setup.ctx, 'course_resources');
    const files = await storedFiles(setup.ctx);
    const response = await upload(setup, file, filename, contentType);
    expectProblem(response, status, code);
    expect(response.body.errors.file).toBeDefined();
    expect(await count(setup.ctx, 'course_resources')).toBe(rows);
    expect(await storedFiles(setup.ctx)).toEqual(files);
  });

  it('refuses a file over the size limit with 413 and stores nothing', async () => {
    const rows = await count(setup.ctx, 'course_resources');
    const files = await storedFiles(setup.ctx);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(65 * 1024)]);
    const response = await upload(setup, big, 'gros.pdf', 'application/pdf');
    expectProblem(response, 413, 'payload_too_large');
    expect(response.body.errors).toEqual({ file: ['must be at most 64kb'] });
    expect(await count(setup.ctx, 'course_resources')).toBe(rows);
    expect(await storedFiles(setup.ctx)).toEqual(files);
  });

  it('refuses bad fields, an unknown module or a misplaced file, naming them and storing nothing', async () => {
    const { ctx, as, moduleId } = setup;
    const rows = await count(ctx, 'course_resources');
    const files = await storedFiles(ctx);
    const send = (fields: Record<string, string>, field = 'file') => {
      const request = ctx
        .http()
        .post('/api/v1/course-resources/upload')
        .set('Authorization', as.trainer.auth);
      for (const [name, value] of Object.entries({
        moduleId,
        title: 'Support',
        language: 'fr',
        ...fields,
      })) {
        request.field(name, value);
      }
      return request.attach(field, samples.pdf(), { filename: 'x.pdf' });
    };
    const licence = await send({ licence: 'Free-For-All-1.0' });
    expectProblem(licence, 400, 'validation_failed');
    expect(Object.keys(licence.body.errors)).toEqual(['licence']);
    const language = await send({ language: 'français' });
    expectProblem(language, 400, 'validation_failed');
    expect(Object.keys(language.body.errors)).toEqual(['language']);
    const unknown = await send({ moduleId: '00000000-0000-4000-8000-000000000000' });
    expectProblem(unknown, 422, 'invalid_reference');
    expect(Object.keys(unknown.body.errors)).toEqual(['moduleId']);
    const misplaced = await send({}, 'document');
    expectProblem(misplaced, 400, 'validation_failed');
    expect(Object.keys(misplaced.body.errors)).toEqual(['file']);
    expect(await count(ctx, 'course_resources')).toBe(rows);
    expect(await storedFiles(ctx)).toEqual(files);
  });

  it('streams downloads with a safe Content-Disposition and nosniff, whatever the stored name', async () => {
    const { ctx, as } = setup;
    const created = await upload(setup, samples.markdown(), 'notes.md', 'text/markdown').expect(
      201,
    );
    // A name no browser sends, written behind the API's back: the header must still hold.
    const evil = 'a"; filename=evil.html\r\nX-Injected: 1\u0007 (100%).md';
    await ctx.dataSource.query(`UPDATE course_resources SET file_name = $2 WHERE id = $1`, [
      created.body.id,
      evil,
    ]);
    const file = await ctx
      .http()
      .get(`/api/v1/course-resources/${created.body.id}/file`)
      .set('Authorization', as.trainer.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(file.headers['x-injected']).toBeUndefined();
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const disposition = file.headers['content-disposition'];
    expect(disposition).toMatch(
      /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[\w%.~-]+$/,
    );
    expect(disposition.match(/;/g)).toHaveLength(2);
    expect(decodeURIComponent(disposition.split("''")[1])).toBe(evil);
    expect((file.body as Buffer).equals(samples.markdown())).toBe(true);
  });

  it('refuses an upload without a file, or by a trainer not assigned to the course', async () => {
    const { ctx, as, moduleId } = setup;
    const files = await storedFiles(ctx);
    const none = await ctx
      .http()
      .post('/api/v1/course-resources/upload')
      .set('Authorization', as.trainer.auth)
      .field('moduleId', moduleId)
      .field('title', 'x')
      .field('language', 'fr');
    expectProblem(none, 422, 'rule_violation');
    expect(Object.keys(none.body.errors)).toEqual(['file']);
    const stranger = await ctx
      .http()
      .post('/api/v1/course-resources/upload')
      .set('Authorization', as.otherTrainer.auth)
      .field('moduleId', moduleId)
      .field('title', 'x')
      .field('language', 'fr')
      .attach('file', samples.pdf(), { filename: 'x.pdf', contentType: 'application/pdf' });
    expectProblem(stranger, 403, 'forbidden');
    expect(await storedFiles(ctx)).toEqual(files);
  });

  it('deletes the stored file when the database write fails after it', async () => {
    const { ctx } = setup;
    const rows = await count(ctx, 'course_resources');
    const files = await storedFiles(ctx);
    await ctx.dataSource.query(`
      CREATE FUNCTION fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'simulated database failure'; END $$;
      CREATE TRIGGER fail_insert BEFORE INSERT ON course_resources
        FOR EACH ROW EXECUTE FUNCTION fail_insert();`);
    try {
      expectProblem(
        await upload(setup, samples.pdf(), 'x.pdf', 'application/pdf'),
        500,
        'internal_error',
      );
    } finally {
      await ctx.dataSource.query(
        `DROP TRIGGER fail_insert ON course_resources; DROP FUNCTION fail_insert();`,
      );
    }
    expect(await count(ctx, 'course_resources')).toBe(rows);
    expect(await storedFiles(ctx)).toEqual(files);
  });

  it('deletes the files of a module and of a course with their rows', async () => {
    const { ctx, as } = setup;
    const course = await createCourse(ctx, as.admin.auth, { trainerIds: [as.trainer.user.id] });
    const first = await createModule(ctx, as.trainer.auth, course.id);
    const second = await createModule(ctx, as.trainer.auth, course.id, 'civic_tech_testing');
    const before = await storedFiles(ctx);
    for (const moduleId of [first.id, second.id]) {
      await upload({ ...setup, moduleId }, samples.pdf(), 'x.pdf', 'application/pdf').expect(201);
    }
    expect(await storedFiles(ctx)).toHaveLength(before.length + 2);
    await ctx
      .http()
      .delete(`/api/v1/course-modules/${first.id}`)
      .set('Authorization', as.trainer.auth)
      .expect(204);
    expect(await storedFiles(ctx)).toHaveLength(before.length + 1);
    await ctx
      .http()
      .delete(`/api/v1/courses/${course.id}`)
      .set('Authorization', as.admin.auth)
      .expect(204);
    expect(await storedFiles(ctx)).toEqual(before);
  });
});

describe('course resource uploads when the storage fails', () => {
  let setup: Setup;

  beforeAll(async () => {
    const blocked = path.join(os.tmpdir(), `apprenance-blocked-${randomBytes(4).toString('hex')}`);
    await writeFile(blocked, 'a file where the storage expects a directory');
    setup = await setUp({ STORAGE_LOCAL_DIR: path.join(blocked, 'files') });
  });
  afterAll(() => setup.ctx.close());

  it('answers 500 and writes no row', async () => {
    const rows = await count(setup.ctx, 'course_resources');
    expectProblem(
      await upload(setup, samples.pdf(), 'x.pdf', 'application/pdf'),
      500,
      'internal_error',
    );
    expect(await count(setup.ctx, 'course_resources')).toBe(rows);
  });
});
