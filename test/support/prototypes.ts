import { randomBytes } from 'node:crypto';
import { CIVIC_TECH_SEED } from '../../apps/api/src/civic-techs/catalogue-seed';
import { CivicTechsService } from '../../apps/api/src/civic-techs/civic-techs.service';
import type { PrototypeDto } from '../../apps/api/src/prototypes/dto/prototype.dto';
import type { TestApp } from './app';

export interface Caller {
  id: string;
  email: string;
  auth: string;
}

export interface TestPair {
  id: string;
  political: Caller;
  technical: Caller;
}

export interface TestCohort {
  id: string;
  name: string;
  courseId: string;
  trainer: Caller;
  pairs: TestPair[];
}

/** A signed-in user of the role, with a bearer header ready to set. */
export async function caller(
  ctx: TestApp,
  role: 'admin' | 'trainer' | 'participant',
): Promise<Caller> {
  const user = await ctx.factory.user({ role });
  return { id: user.id, email: user.email, auth: `Bearer ${await ctx.tokenFor(user)}` };
}

/** A catalogue tool with a unique slug. */
export async function civicTech(ctx: TestApp): Promise<string> {
  const slug = `tool-${randomBytes(4).toString('hex')}`;
  const created = await ctx.app
    .get(CivicTechsService)
    .create(null, { ...CIVIC_TECH_SEED[0], slug, name: slug });
  return created.id;
}

/**
 * A cohort with one trainer and `pairCount` enrolled pairs, each member signed in; `cohort`
 * sets its other fields (course, dates…).
 */
export async function cohortWithPairs(
  ctx: TestApp,
  pairCount: number,
  cohortInput: Parameters<TestApp['factory']['cohort']>[0] = {},
): Promise<TestCohort> {
  const admin = await caller(ctx, 'admin');
  const trainer = await caller(ctx, 'trainer');
  const cohort = await ctx.factory.cohort({ ...cohortInput, trainerIds: [trainer.id] });
  const pairs: TestPair[] = [];
  for (let i = 0; i < pairCount; i++) {
    const { political, technical } = await ctx.factory.pairMembers();
    const response = await ctx
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', admin.auth)
      .send({ politicalId: political.id, technicalId: technical.id });
    if (response.status !== 201 || response.body.status !== 'enrolled') {
      throw new Error(`pair not enrolled: ${JSON.stringify(response.body)}`);
    }
    const signed = async ({ id, email }: { id: string; email: string }) => ({
      id,
      email,
      auth: `Bearer ${await ctx.tokenFor({ id, role: 'participant' })}`,
    });
    pairs.push({
      id: response.body.id,
      political: await signed(political),
      technical: await signed(technical),
    });
  }
  return { id: cohort.id, name: cohort.name, courseId: cohort.courseId, trainer, pairs };
}

/** A draft with every field a submission requires. */
export function filledDraft(civicTechId: string, title = 'Un budget participatif de quartier') {
  return {
    title,
    problem: 'Les habitants ne sont pas associés aux choix d’aménagement.',
    targetPublic: 'Habitants des quartiers prioritaires',
    civicTechs: [{ civicTechId, adaptation: 'Une seule assemblée, en ligne et en mairie' }],
    lifeStage: 'launch',
    conditions: {
      workOnOneself: 'Former les élus à l’écoute',
      knowEachOther: 'Balades urbaines',
      gatherResources: 'Un agent à mi-temps',
      commitFormally: 'Charte votée en conseil',
      coBuildProjects: 'Ateliers de co-conception',
      runProjects: 'Comité de suivi mixte',
      socialLifeAndContext: 'Fête de quartier annuelle',
    },
    risks: 'Faible participation',
    firstSteps: 'Délibération en conseil municipal',
  };
}

/** Opens the pair's prototype as its political member. */
export async function openPrototype(ctx: TestApp, pair: TestPair): Promise<PrototypeDto> {
  const response = await ctx
    .http()
    .post('/api/v1/prototypes')
    .set('Authorization', pair.political.auth)
    .send({ pairId: pair.id });
  if (response.status !== 201) throw new Error(`no prototype: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Opens, fills and submits the pair's prototype: version 1, status submitted. */
export async function submittedPrototype(
  ctx: TestApp,
  pair: TestPair,
  civicTechId: string,
): Promise<PrototypeDto> {
  const prototype = await openPrototype(ctx, pair);
  await ctx
    .http()
    .patch(`/api/v1/prototypes/${prototype.id}`)
    .set('Authorization', pair.political.auth)
    .send(filledDraft(civicTechId))
    .expect(200);
  const submitted = await ctx
    .http()
    .post(`/api/v1/prototypes/${prototype.id}/submit`)
    .set('Authorization', pair.technical.auth)
    .expect(200);
  return submitted.body;
}

/** A trainer's move of the prototype, as the given caller. */
export const transition = (
  ctx: TestApp,
  auth: string,
  prototypeId: string,
  to: string,
  comment = `Passage à ${to}`,
) =>
  ctx
    .http()
    .post(`/api/v1/prototypes/${prototypeId}/transitions`)
    .set('Authorization', auth)
    .send({ to, comment });

/** A trainer's move of the prototype, expected to succeed. */
export async function moveTo(
  ctx: TestApp,
  auth: string,
  prototypeId: string,
  to: 'presented' | 'changes_requested' | 'accepted',
): Promise<void> {
  await transition(ctx, auth, prototypeId, to).expect(200);
}
