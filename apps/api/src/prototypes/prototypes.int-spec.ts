import { CIVIC_TECH_SEED } from '../civic-techs/catalogue-seed';
import { CivicTechsService } from '../civic-techs/civic-techs.service';
import { CohortsModule } from '../cohorts/cohorts.module';
import { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/problem/domain-error';
import { EnrolmentService } from '../pairs/enrolment.service';
import { createServiceContext, ServiceContext } from '../../../../test/support/service';
import { PrototypeWorkflowService } from './prototype-workflow.service';
import { PrototypesModule } from './prototypes.module';
import { PrototypesService } from './prototypes.service';

/** What the database holds on its own, and two submits of one draft at the same moment. */
describe('prototypes (service level)', () => {
  let ctx: ServiceContext;
  let prototypes: PrototypesService;
  let workflow: PrototypeWorkflowService;
  let toolId: string;

  beforeAll(async () => {
    ctx = await createServiceContext([CohortsModule, PrototypesModule]);
    prototypes = ctx.module.get(PrototypesService);
    workflow = ctx.module.get(PrototypeWorkflowService);
    toolId = (
      await ctx.module
        .get(CivicTechsService)
        .create(null, { ...CIVIC_TECH_SEED[0], slug: 'tool-int', name: 'Tool' })
    ).id;
  });
  afterAll(() => ctx.close());

  const asUser = (id: string): AuthUser => ({ id, role: 'participant', email: `${id}@x.test` });

  /** A filled draft of a new enrolled pair, and its two members. */
  async function filledPrototype() {
    const admin = await ctx.factory.user({ role: 'admin' });
    const { id: cohortId } = await ctx.factory.cohort();
    const { political, technical } = await ctx.factory.pairMembers();
    const { id: pairId } = await ctx.module
      .get(EnrolmentService)
      .enrol({ id: admin.id, role: 'admin', email: admin.email }, cohortId, {
        politicalId: political.id,
        technicalId: technical.id,
      });
    const member = asUser(political.id);
    const { id } = await prototypes.create(member, { pairId });
    await prototypes.update(member, id, {
      title: 'Titre',
      problem: 'Problème',
      targetPublic: 'Public',
      firstSteps: 'Étapes',
      lifeStage: 'before',
      civicTechs: [{ civicTechId: toolId, adaptation: 'Adaptation' }],
      conditions: {
        workOnOneself: '1',
        knowEachOther: '2',
        gatherResources: '3',
        commitFormally: '4',
        coBuildProjects: '5',
        runProjects: '6',
        socialLifeAndContext: '7',
      },
    });
    return { id, political: member, technical: asUser(technical.id) };
  }

  it('makes one version of two concurrent submits of the same draft, and refuses the other', async () => {
    const { id, political, technical } = await filledPrototype();
    const results = await Promise.allSettled([
      workflow.submit(political, id),
      workflow.submit(technical, id),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DomainError);
    expect((refused.reason as DomainError).reason).toBe('prototype.transition_not_allowed');
    const versions = await ctx.dataSource.query(
      `SELECT number FROM prototype_versions WHERE prototype_id = $1`,
      [id],
    );
    expect(versions).toEqual([{ number: 1 }]);
    const events = await ctx.dataSource.query(
      `SELECT count(*)::int n FROM prototype_events WHERE prototype_id = $1`,
      [id],
    );
    expect(events).toEqual([{ n: 1 }]);
  });

  it('refuses, in the database itself, to change or delete a frozen version', async () => {
    const { id, political } = await filledPrototype();
    await workflow.submit(political, id);
    await expect(
      ctx.dataSource.query(
        `UPDATE prototype_versions SET content = '{}'::jsonb WHERE prototype_id = $1`,
        [id],
      ),
    ).rejects.toThrow(/frozen/);
    await expect(
      ctx.dataSource.query(`UPDATE prototype_versions SET number = 7 WHERE prototype_id = $1`, [
        id,
      ]),
    ).rejects.toThrow(/frozen/);
    await expect(
      ctx.dataSource.query(`DELETE FROM prototype_versions WHERE prototype_id = $1`, [id]),
    ).rejects.toThrow(/frozen/);
    const [version] = await ctx.dataSource.query(
      `SELECT number, content->>'title' AS title FROM prototype_versions WHERE prototype_id = $1`,
      [id],
    );
    expect(version).toEqual({ number: 1, title: 'Titre' });
    // Removing the prototype itself still takes its versions with it.
    await ctx.dataSource.query(`DELETE FROM prototypes WHERE id = $1`, [id]);
    const left = await ctx.dataSource.query(
      `SELECT count(*)::int n FROM prototype_versions WHERE prototype_id = $1`,
      [id],
    );
    expect(left).toEqual([{ n: 0 }]);
  });
});
