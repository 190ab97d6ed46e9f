import { createTestApp, TestApp } from '../support/app';
import { samples } from '../support/files';
import { expectProblem } from '../support/problem';
import {
  caller,
  civicTech,
  cohortWithPairs,
  filledDraft,
  moveTo,
  openPrototype,
  submittedPrototype,
  TestCohort,
  transition,
} from '../support/prototypes';

type Status = 'draft' | 'submitted' | 'presented' | 'changes_requested' | 'accepted';
type Action = 'submit' | 'presented' | 'changes_requested' | 'accepted';

/** The expected state machine: from each status, what each action leads to (absent: refused). */
const MACHINE: Record<Status, Partial<Record<Action, Status>>> = {
  draft: { submit: 'submitted' },
  submitted: { presented: 'presented' },
  presented: { changes_requested: 'changes_requested', accepted: 'accepted' },
  changes_requested: { submit: 'submitted' },
  accepted: {},
};

/** How to bring a new prototype to each status through allowed moves. */
const PATH: Record<Status, Action[]> = {
  draft: [],
  submitted: ['submit'],
  presented: ['submit', 'presented'],
  changes_requested: ['submit', 'presented', 'changes_requested'],
  accepted: ['submit', 'presented', 'accepted'],
};

const STATUSES = Object.keys(MACHINE) as Status[];
const ACTIONS: Action[] = ['submit', 'presented', 'changes_requested', 'accepted'];

describe('prototypes', () => {
  let ctx: TestApp;
  let tool: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    tool = await civicTech(ctx);
  });
  afterAll(() => ctx.close());

  const count = async (sql: string, params: unknown[]) =>
    Number((await ctx.dataSource.query(sql, params))[0].n);

  /** Runs an action as whoever may make it: a member submits, the trainer moves. */
  const act = (cohort: TestCohort, prototypeId: string, action: Action) =>
    action === 'submit'
      ? ctx
          .http()
          .post(`/api/v1/prototypes/${prototypeId}/submit`)
          .set('Authorization', cohort.pairs[0].political.auth)
      : transition(ctx, cohort.trainer.auth, prototypeId, action, 'Commentaire du formateur');

  async function prototypeIn(status: Status) {
    const cohort = await cohortWithPairs(ctx, 1);
    const prototype = await openPrototype(ctx, cohort.pairs[0]);
    await ctx
      .http()
      .patch(`/api/v1/prototypes/${prototype.id}`)
      .set('Authorization', cohort.pairs[0].political.auth)
      .send(filledDraft(tool))
      .expect(200);
    for (const step of PATH[status]) {
      const response = await act(cohort, prototype.id, step);
      expect(response.status).toBe(200);
    }
    return { cohort, id: prototype.id };
  }

  describe('state machine', () => {
    const cases = STATUSES.flatMap((from) => ACTIONS.map((action) => [from, action] as const));

    it.each(cases)('from %s, %s', async (from, action) => {
      const { cohort, id } = await prototypeIn(from);
      const events = await count(
        `SELECT count(*) n FROM prototype_events WHERE prototype_id = $1`,
        [id],
      );
      const response = await act(cohort, id, action);
      const expected = MACHINE[from][action];
      const [row] = await ctx.dataSource.query(`SELECT status FROM prototypes WHERE id = $1`, [id]);
      if (expected) {
        expect(response.status).toBe(200);
        expect(response.body.status).toBe(expected);
        expect(row.status).toBe(expected);
        const audit = action === 'submit' ? 'prototype.submit' : 'prototype.transition';
        expect(
          await count(`SELECT count(*) n FROM audit_log WHERE entity_id = $1 AND action = $2`, [
            id,
            audit,
          ]),
        ).toBeGreaterThan(0);
        // A submission tells the trainers; a trainer's move tells both members of the pair.
        const recipients = (
          await ctx.dataSource.query(
            `SELECT recipient_id FROM notification_outbox WHERE template = $1 AND payload->>'prototypeId' = $2`,
            [`prototype.${expected}`, id],
          )
        ).map((r: { recipient_id: string }) => r.recipient_id);
        const pair = cohort.pairs[0];
        expect(recipients).toEqual(
          expect.arrayContaining(
            expected === 'submitted' ? [cohort.trainer.id] : [pair.political.id, pair.technical.id],
          ),
        );
      } else {
        expectProblem(response, 422, 'rule_violation', 'prototype.transition_not_allowed');
        expect(row.status).toBe(from);
        expect(
          await count(`SELECT count(*) n FROM prototype_events WHERE prototype_id = $1`, [id]),
        ).toBe(events);
      }
    });
  });

  describe('who may act', () => {
    it('lets only members edit and submit, only the cohort’s trainers move, and hides other cohorts', async () => {
      const cohort = await cohortWithPairs(ctx, 2);
      const other = await cohortWithPairs(ctx, 1);
      const admin = await caller(ctx, 'admin');
      const [mine, peer] = cohort.pairs;
      const prototype = await submittedPrototype(ctx, mine, tool);
      const url = `/api/v1/prototypes/${prototype.id}`;

      // A trainer reads it but does not write it; a member does not move it (role rules).
      expectProblem(
        await ctx.http().patch(url).set('Authorization', cohort.trainer.auth).send({ title: 'x' }),
        403,
        'forbidden',
        'auth.role_forbidden',
      );
      expectProblem(
        await transition(ctx, mine.political.auth, prototype.id, 'presented', 'moi-même'),
        403,
        'forbidden',
        'auth.role_forbidden',
      );
      // Another pair of the same cohort is a participant, but not a member of this pair.
      expectProblem(
        await ctx.http().patch(url).set('Authorization', peer.political.auth).send({ title: 'x' }),
        404,
        'not_found',
      );
      // Another pair of the cohort, another cohort's participant and trainer: 404.
      for (const outsider of [peer.political, other.pairs[0].political, other.trainer]) {
        expectProblem(
          await ctx.http().get(url).set('Authorization', outsider.auth),
          404,
          'not_found',
        );
      }
      for (const outsider of [peer.political, other.pairs[0].political]) {
        expectProblem(
          await ctx.http().post(`${url}/submit`).set('Authorization', outsider.auth),
          404,
          'not_found',
        );
      }
      expectProblem(
        await transition(ctx, other.trainer.auth, prototype.id, 'presented', 'pas ma cohorte'),
        404,
        'not_found',
      );
      // Frozen versions are shared with peers of the cohort, not beyond.
      await ctx.http().get(`${url}/versions`).set('Authorization', peer.political.auth).expect(200);
      expectProblem(
        await ctx
          .http()
          .get(`${url}/versions/1`)
          .set('Authorization', other.pairs[0].political.auth),
        404,
        'not_found',
      );
      // Lists are scoped the same way; an admin sees everything.
      const list = (auth: string, query = '') =>
        ctx
          .http()
          .get(`/api/v1/prototypes?cohortId=${cohort.id}${query}`)
          .set('Authorization', auth);
      expect((await list(mine.technical.auth)).body.map((p: { id: string }) => p.id)).toEqual([
        prototype.id,
      ]);
      expect((await list(peer.political.auth)).body).toEqual([]);
      expect((await list(other.trainer.auth)).body).toEqual([]);
      expect((await list(cohort.trainer.auth, '&status=submitted')).body).toHaveLength(1);
      expect((await list(cohort.trainer.auth, '&status=draft')).body).toHaveLength(0);
      const all = await list(admin.auth, `&pairId=${mine.id}`).expect(200);
      expect(all.headers['content-range']).toMatch(/\/1$/);
      expect(all.body[0]).toMatchObject({ status: 'submitted', currentVersion: 1 });
      // Only a member opens the pair's prototype, once.
      expectProblem(
        await ctx
          .http()
          .post('/api/v1/prototypes')
          .set('Authorization', peer.political.auth)
          .send({ pairId: mine.id }),
        403,
        'forbidden',
        'prototype.not_member',
      );
      expectProblem(
        await ctx
          .http()
          .post('/api/v1/prototypes')
          .set('Authorization', mine.technical.auth)
          .send({ pairId: mine.id }),
        409,
        'conflict',
        'prototype.exists',
      );
    });
  });

  describe('bad input', () => {
    it('refuses an incomplete submission, naming the fields, and changes nothing', async () => {
      const cohort = await cohortWithPairs(ctx, 1);
      const pair = cohort.pairs[0];
      const prototype = await openPrototype(ctx, pair);
      await ctx
        .http()
        .patch(`/api/v1/prototypes/${prototype.id}`)
        .set('Authorization', pair.political.auth)
        .send({ title: 'Titre seul', conditions: { knowEachOther: 'Balades' } })
        .expect(200);
      const response = await ctx
        .http()
        .post(`/api/v1/prototypes/${prototype.id}/submit`)
        .set('Authorization', pair.political.auth);
      expectProblem(response, 422, 'rule_violation', 'prototype.incomplete');
      expect(Object.keys(response.body.errors)).toEqual(
        expect.arrayContaining(['problem', 'civicTechs', 'lifeStage', 'conditions.runProjects']),
      );
      expect(response.body.errors).not.toHaveProperty('title');
      expect(response.body.errors).not.toHaveProperty('conditions.knowEachOther');
      const [row] = await ctx.dataSource.query(
        `SELECT status, current_version FROM prototypes WHERE id = $1`,
        [prototype.id],
      );
      expect(row).toEqual({ status: 'draft', current_version: 0 });
    });

    it('refuses to edit a frozen version, an unknown tool, and a move without comment', async () => {
      const cohort = await cohortWithPairs(ctx, 1);
      const pair = cohort.pairs[0];
      const prototype = await submittedPrototype(ctx, pair, tool);
      const url = `/api/v1/prototypes/${prototype.id}`;
      expectProblem(
        await ctx
          .http()
          .patch(url)
          .set('Authorization', pair.political.auth)
          .send({ title: 'Autre' }),
        422,
        'rule_violation',
        'prototype.not_editable',
      );
      expectProblem(
        await transition(ctx, cohort.trainer.auth, prototype.id, 'presented', '  '),
        400,
        'validation_failed',
      );
      expectProblem(
        await transition(ctx, cohort.trainer.auth, prototype.id, 'draft', 'retour'),
        400,
        'validation_failed',
      );
      const owner = (await cohortWithPairs(ctx, 1)).pairs[0];
      const fresh = await openPrototype(ctx, owner);
      const unknown = '00000000-0000-4000-8000-000000000000';
      expectProblem(
        await ctx
          .http()
          .patch(`/api/v1/prototypes/${fresh.id}`)
          .set('Authorization', owner.political.auth)
          .send({ civicTechs: [{ civicTechId: unknown, adaptation: 'x' }] }),
        422,
        'invalid_reference',
        'prototype.unknown_civic_tech',
      );
      const [row] = await ctx.dataSource.query(`SELECT draft FROM prototypes WHERE id = $1`, [
        fresh.id,
      ]);
      expect(row.draft).toEqual({});
    });
  });

  describe('versions and attachments', () => {
    it('freezes each submission with its attachments, and diffs two versions field by field', async () => {
      const cohort = await cohortWithPairs(ctx, 2);
      const [pair, peer] = cohort.pairs;
      const prototype = await openPrototype(ctx, pair);
      const url = `/api/v1/prototypes/${prototype.id}`;
      await ctx
        .http()
        .patch(url)
        .set('Authorization', pair.political.auth)
        .send(filledDraft(tool))
        .expect(200);

      const pdf = await ctx
        .http()
        .post(`${url}/attachments`)
        .set('Authorization', pair.technical.auth)
        .attach('file', samples.pdf(), {
          filename: 'strategie.pdf',
          contentType: 'application/pdf',
        })
        .expect(201);
      expect(pdf.body).toMatchObject({ contentType: 'application/pdf', fileName: 'strategie.pdf' });
      expect(pdf.body.sha256).toMatch(/^[0-9a-f]{64}$/);
      // Content that lies about its type, and a format a prototype does not take.
      expectProblem(
        await ctx
          .http()
          .post(`${url}/attachments`)
          .set('Authorization', pair.technical.auth)
          .attach('file', samples.png(), {
            filename: 'slides.pdf',
            contentType: 'application/pdf',
          }),
        422,
        'rule_violation',
        'upload.content_mismatch',
      );
      expectProblem(
        await ctx
          .http()
          .post(`${url}/attachments`)
          .set('Authorization', pair.technical.auth)
          .attach('file', samples.markdown(), {
            filename: 'notes.md',
            contentType: 'text/markdown',
          }),
        415,
        'unsupported_media_type',
        'prototype.attachment_type',
      );
      expect(
        await count(`SELECT count(*) n FROM prototype_attachments WHERE prototype_id = $1`, [
          prototype.id,
        ]),
      ).toBe(1);

      await ctx.http().post(`${url}/submit`).set('Authorization', pair.political.auth).expect(200);
      await moveTo(ctx, cohort.trainer.auth, prototype.id, 'presented');
      await moveTo(ctx, cohort.trainer.auth, prototype.id, 'changes_requested');
      await ctx
        .http()
        .patch(url)
        .set('Authorization', pair.technical.auth)
        .send({ title: 'Budget participatif élargi', conditions: { runProjects: 'Comité élargi' } })
        .expect(200);
      const v2 = await ctx.http().post(`${url}/submit`).set('Authorization', pair.technical.auth);
      expect(v2.body).toMatchObject({ status: 'submitted', currentVersion: 2 });

      const versions = await ctx
        .http()
        .get(`${url}/versions`)
        .set('Authorization', pair.political.auth)
        .expect(200);
      expect(versions.body.map((v: { number: number }) => v.number)).toEqual([1, 2]);
      expect(versions.body[0].content.attachments).toEqual([pdf.body]);
      expect(versions.body[0].authorId).toBe(pair.political.id);
      expect(versions.body[1].authorId).toBe(pair.technical.id);

      const diff = await ctx
        .http()
        .get(`${url}/diff?from=1&to=2`)
        .set('Authorization', peer.political.auth)
        .expect(200);
      expect(diff.body).toEqual({
        from: 1,
        to: 2,
        changes: [
          { field: 'conditions.runProjects', from: 'Comité de suivi mixte', to: 'Comité élargi' },
          {
            field: 'title',
            from: 'Un budget participatif de quartier',
            to: 'Budget participatif élargi',
          },
        ],
      });
      expectProblem(
        await ctx.http().get(`${url}/versions/3`).set('Authorization', pair.political.auth),
        404,
        'not_found',
        'prototype.version_not_found',
      );
      // The trainer's comments are the pair's history.
      const events = await ctx
        .http()
        .get(`${url}/events`)
        .set('Authorization', pair.political.auth)
        .expect(200);
      expect(events.body.map((e: { to: string }) => e.to)).toEqual([
        'submitted',
        'presented',
        'changes_requested',
        'submitted',
      ]);
      expect(events.body[2].comment).toBe('Passage à changes_requested');

      // A peer of the cohort downloads a file of a frozen version.
      const file = await ctx
        .http()
        .get(`${url}/attachments/${pdf.body.id}`)
        .set('Authorization', peer.technical.auth)
        .expect(200);
      expect(file.headers['content-type']).toBe('application/pdf');
    });
  });
});
