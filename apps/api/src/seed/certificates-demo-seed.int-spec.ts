import type { INestApplicationContext } from '@nestjs/common';
import os from 'node:os';
import path from 'node:path';
import { createServiceContext, ServiceContext } from '../../../../test/support/service';
import { signingEnv } from '../../../../test/support/certificates';
import { until } from '../../../../test/support/until';
import { startWorkerContext } from '../../../../test/support/worker';
import { testRedisPrefix } from '../../../../test/support/env';
import { VerificationService } from '../certificates/verification.service';
import { DEMO_CORRECTED_NAME } from './certificates-demo-seed';
import { DemoSeed } from './demo-seed';
import { SeedModule } from './seed.module';

/** What `npm start` shows of certificates: issued ones, one superseded, one revoked. */
describe('demo certificates of the ended cohort', () => {
  let ctx: ServiceContext;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    ctx = await createServiceContext([SeedModule]);
    await ctx.module.get(DemoSeed).run();
    const url = (ctx.dataSource.options as { url: string }).url;
    const prefix = testRedisPrefix();
    worker = await startWorkerContext(url, prefix, {
      ...signingEnv(),
      STORAGE_LOCAL_DIR: path.join(os.tmpdir(), 'apprenance-test', prefix.replace(/:/g, '-')),
    });
  });
  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  it('shows a valid, a superseded and a revoked certificate on their verify pages', async () => {
    await until(async () => {
      const [{ n }] = await ctx.dataSource.query(
        `SELECT count(*)::int AS n FROM certificates WHERE status = 'pending'`,
      );
      return n === 0;
    });
    const rows: { code: string; status: string; participant_name: string }[] =
      await ctx.dataSource.query(
        `SELECT code, status::text, participant_name FROM certificates ORDER BY created_at, code`,
      );
    expect(rows.map((r) => r.status).sort()).toEqual(['issued', 'revoked', 'superseded']);
    const verification = ctx.module.get(VerificationService);
    const views = await Promise.all(rows.map((r) => verification.view(r.code)));
    const byState = Object.fromEntries(views.map((v) => [v.state, v]));
    expect(Object.keys(byState).sort()).toEqual(['revoked', 'superseded', 'valid']);
    expect(byState.valid).toMatchObject({ participantName: DEMO_CORRECTED_NAME });
    expect(byState.superseded).toMatchObject({
      successorCode: (byState.valid as { code: string }).code,
    });
    expect(byState.revoked).toMatchObject({ revocationReason: expect.stringContaining('erreur') });
  });
});
