import type { UserDto } from '../../apps/api/src/users/dto/user.dto';
import type { TestApp } from './app';

/** Enrols a pair in a cohort over HTTP (a new valid pair unless members are given). */
export async function enrolPair(
  ctx: TestApp,
  auth: string,
  cohortId: string,
  members?: { political: UserDto; technical: UserDto },
): Promise<{ political: UserDto; technical: UserDto; pair: { id: string; status: string } }> {
  const { political, technical } = members ?? (await ctx.factory.pairMembers());
  const response = await ctx
    .http()
    .post(`/api/v1/cohorts/${cohortId}/pairs`)
    .set('Authorization', auth)
    .send({ politicalId: political.id, technicalId: technical.id })
    .expect(201);
  return { political, technical, pair: response.body };
}
