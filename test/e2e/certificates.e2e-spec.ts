import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '@apprenance/config';
import { gunzipSync } from 'node:zlib';
import { APP_CONFIG } from '../../apps/api/src/config/config.module';
import { createTestApp, TestApp } from '../support/app';
import { certifiableCohort, CertifiableCohort, signingEnv } from '../support/certificates';
import { expectProblem } from '../support/problem';
import { until } from '../support/until';
import { startWorkerContext } from '../support/worker';
import { binary, unzip } from '../support/zip';

/** The credential embedded in a certificate PDF (the JWS between the hole's markers). */
async function credentialOf(pdf: Buffer): Promise<string> {
  const match = /ey[A-Za-z0-9_-]+\.ey[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/.exec(pdf.toString('latin1'));
  if (!match) throw new Error('no credential in the PDF');
  return match[0];
}

describe('certificates through the worker', () => {
  let ctx: TestApp;
  let worker: INestApplicationContext;
  let admin: string;

  beforeAll(async () => {
    ctx = await createTestApp({ env: signingEnv() });
    const config = ctx.app.get<AppConfig>(APP_CONFIG);
    worker = await startWorkerContext(ctx.databaseUrl, ctx.redisPrefix, {
      ...signingEnv(),
      STORAGE_LOCAL_DIR: config.STORAGE_LOCAL_DIR,
    });
    const user = await ctx.factory.user({ role: 'admin' });
    admin = `Bearer ${await ctx.tokenFor({ id: user.id, role: 'admin' })}`;
  });
  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  const asParticipant = async (id: string) =>
    `Bearer ${await ctx.tokenFor({ id, role: 'participant' })}`;

  const statuses = (cohortId: string): Promise<{ participant_id: string; status: string }[]> =>
    ctx.dataSource.query(
      `SELECT participant_id, status FROM certificates WHERE cohort_id = $1 ORDER BY participant_id`,
      [cohortId],
    );

  /** Issues every eligible participant of the cohort and waits for the batch to complete. */
  async function issueAll(cohort: CertifiableCohort) {
    const started = await ctx
      .http()
      .post(`/api/v1/cohorts/${cohort.cohortId}/certificate-batches`)
      .set('Authorization', admin)
      .expect(202);
    let batch: { complete: boolean; counts: Record<string, number>; total: number } = {
      complete: false,
      counts: {},
      total: 0,
    };
    await until(async () => {
      ({ body: batch } = await ctx
        .http()
        .get(`/api/v1/certificate-batches/${started.body.batchId}`)
        .set('Authorization', admin)
        .expect(200));
      return batch.complete;
    });
    return { ...started.body, batch };
  }

  it('issues every eligible participant exactly once, and nobody else', async () => {
    const cohort = await certifiableCohort(ctx, 2);
    const { batch, certificateIds } = await issueAll(cohort);
    expect(batch).toMatchObject({
      total: cohort.eligible.length,
      counts: { pending: 0, issued: cohort.eligible.length, failed: 0 },
    });
    expect(certificateIds).toHaveLength(cohort.eligible.length);
    const rows = await statuses(cohort.cohortId);
    expect(rows.map((r) => r.participant_id).sort()).toEqual([...cohort.eligible].sort());
    expect(rows.every((r) => r.status === 'issued')).toBe(true);

    // Asking again finds nobody left to certify.
    const again = await ctx
      .http()
      .post(`/api/v1/cohorts/${cohort.cohortId}/certificate-batches`)
      .set('Authorization', admin);
    expectProblem(again, 422, 'rule_violation', 'certificate.none_eligible');
    expect(await statuses(cohort.cohortId)).toHaveLength(cohort.eligible.length);
  });

  it('refuses a participant who is not eligible, with the reasons', async () => {
    const cohort = await certifiableCohort(ctx, 1);
    const response = await ctx
      .http()
      .post(`/api/v1/cohorts/${cohort.cohortId}/certificates`)
      .set('Authorization', admin)
      .send({ participantId: cohort.ineligible });
    expectProblem(response, 422, 'rule_violation', 'certificate.not_eligible');
    expect(response.body.errors.participantId).toEqual([
      'attendance_below_minimum: free_software_culture 50% < 80%',
    ]);
    expect(response.body.params).toMatchObject({ count: 1 });
    expect(await statuses(cohort.cohortId)).toEqual([]);
  });

  it('issues one, then refuses a second valid certificate for the same person', async () => {
    const cohort = await certifiableCohort(ctx, 1);
    const [participantId] = cohort.eligible;
    const issue = () =>
      ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.cohortId}/certificates`)
        .set('Authorization', admin)
        .send({ participantId });
    await issue().expect(202);
    expectProblem(await issue(), 409, 'conflict', 'certificate.already_valid');
    // The database holds the rule on its own, whatever the code path.
    const [row] = await ctx.dataSource.query(
      `SELECT batch_id, participant_name FROM certificates WHERE participant_id = $1`,
      [participantId],
    );
    await expect(
      ctx.dataSource.query(
        `INSERT INTO certificates (participant_id, cohort_id, batch_id, participant_name, code, status_index)
         VALUES ($1, $2, $3, $4, 'TEST-TEST-TEST', nextval('certificate_status_index_seq'))`,
        [participantId, cohort.cohortId, row.batch_id, row.participant_name],
      ),
    ).rejects.toMatchObject({ constraint: 'uq_certificates_valid' });
  });

  it('lets a participant download their own PDF only, and staff the cohort’s ZIP', async () => {
    const cohort = await certifiableCohort(ctx, 1);
    const { certificateIds } = await issueAll(cohort);
    const [mine] = await ctx.dataSource.query(
      `SELECT id, participant_id FROM certificates WHERE id = $1`,
      [certificateIds[0]],
    );
    const other = cohort.eligible.find((id) => id !== mine.participant_id)!;
    const pdf = await ctx
      .http()
      .get(`/api/v1/certificates/${mine.id}/pdf`)
      .set('Authorization', await asParticipant(mine.participant_id))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const refused = await ctx
      .http()
      .get(`/api/v1/certificates/${mine.id}/pdf`)
      .set('Authorization', await asParticipant(other));
    expectProblem(refused, 404, 'not_found', 'certificate.not_found');

    const { body: mineList } = await ctx
      .http()
      .get('/api/v1/certificates/mine')
      .set('Authorization', await asParticipant(mine.participant_id))
      .expect(200);
    expect(mineList.map((c: { id: string }) => c.id)).toEqual([mine.id]);

    const zip = await ctx
      .http()
      .get(`/api/v1/cohorts/${cohort.cohortId}/certificates.zip`)
      .set('Authorization', admin)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const files = await unzip(zip.body as Buffer);
    expect(files.size).toBe(cohort.eligible.length);
    for (const content of files.values()) expect(content.startsWith('%PDF-')).toBe(true);
  });

  it('revokes with a reason, and the verify page says so', async () => {
    const cohort = await certifiableCohort(ctx, 1);
    const { certificateIds } = await issueAll(cohort);
    const [{ code }] = await ctx.dataSource.query(`SELECT code FROM certificates WHERE id = $1`, [
      certificateIds[0],
    ]);
    const before = await ctx.http().get(`/verify/${code}?lang=en`).expect(200);
    expect(before.headers['content-type']).toMatch(/^text\/html/);
    expect(before.text).toContain('This certificate is valid.');

    const { body } = await ctx
      .http()
      .post(`/api/v1/certificates/${certificateIds[0]}/revoke`)
      .set('Authorization', admin)
      .send({ reason: 'Issued by mistake' })
      .expect(200);
    expect(body).toMatchObject({ status: 'revoked', revocationReason: 'Issued by mistake' });
    const after = await ctx
      .http()
      .get(`/verify/${code.toLowerCase()}`)
      .set('Accept-Language', 'en');
    expect(after.text).toContain('This certificate was revoked');
    expect(after.text).toContain('Issued by mistake');
    const twice = await ctx
      .http()
      .post(`/api/v1/certificates/${certificateIds[0]}/revoke`)
      .set('Authorization', admin)
      .send({ reason: 'Again' });
    expectProblem(twice, 422, 'rule_violation', 'certificate.not_revocable');
  });

  it('re-issues after a name correction: the old one is superseded and links to the new', async () => {
    const cohort = await certifiableCohort(ctx, 1);
    const { certificateIds } = await issueAll(cohort);
    const old = certificateIds[0];
    const tooLong = await ctx
      .http()
      .post(`/api/v1/certificates/${old}/reissue`)
      .set('Authorization', admin)
      .send({ participantName: 'x'.repeat(300) });
    expectProblem(tooLong, 400, 'validation_failed');
    expect(Object.keys(tooLong.body.errors)).toEqual(['participantName']);

    const { body } = await ctx
      .http()
      .post(`/api/v1/certificates/${old}/reissue`)
      .set('Authorization', admin)
      .send({ participantName: 'Zoë O’Brien-Müller' })
      .expect(202);
    const [successor] = body.certificateIds;
    await until(async () => {
      const [row] = await ctx.dataSource.query(`SELECT status FROM certificates WHERE id = $1`, [
        successor,
      ]);
      return row.status === 'issued';
    });
    const rows = await ctx.dataSource.query(
      `SELECT id, status, superseded_by, code, participant_name FROM certificates WHERE id = ANY($1)`,
      [[old, successor]],
    );
    const byId = new Map(rows.map((r: { id: string }) => [r.id, r]));
    expect(byId.get(old)).toMatchObject({ status: 'superseded', superseded_by: successor });
    expect(byId.get(successor)).toMatchObject({
      status: 'issued',
      participant_name: 'Zoë O’Brien-Müller',
    });
    const page = await ctx
      .http()
      .get(`/verify/${(byId.get(old) as { code: string }).code}?lang=fr`);
    expect(page.text).toContain('remplacé');
    expect(page.text).toContain(`/verify/${(byId.get(successor) as { code: string }).code}`);
  });

  describe('verification of a file', () => {
    let pdf: Buffer;
    let certificateId: string;

    beforeAll(async () => {
      const cohort = await certifiableCohort(ctx, 1);
      ({
        certificateIds: [certificateId],
      } = await issueAll(cohort));
      ({ body: pdf } = await ctx
        .http()
        .get(`/api/v1/certificates/${certificateId}/pdf`)
        .set('Authorization', admin)
        .buffer(true)
        .parse(binary)
        .expect(200));
    });

    const verify = (file: Buffer, name = 'certificate.pdf') =>
      ctx.http().post('/api/v1/verify').attach('file', file, name);
    const failed = (body: { checks: { name: string; ok: boolean }[] }) =>
      body.checks.filter((c) => !c.ok).map((c) => c.name);

    it('passes every check of the PDF as issued', async () => {
      const { body } = await verify(pdf).expect(200);
      expect(body.checks.map((c: { name: string }) => c.name)).toEqual([
        'pdf',
        'embedded_credential',
        'credential_format',
        'issuer_key',
        'signature',
        'status',
        'pdf_integrity',
        'record',
      ]);
      expect({ valid: body.valid, failed: failed(body) }).toEqual({ valid: true, failed: [] });
      expect(body.certificate).toMatchObject({ status: 'issued' });
    });

    it('fails a PDF edited by one byte', async () => {
      const edited = Buffer.from(pdf);
      const at = Math.floor(edited.length / 3);
      edited[at] = edited[at] ^ 0x01;
      const { body } = await verify(edited).expect(200);
      expect(body.valid).toBe(false);
      expect(failed(body)).toContain('record');
    });

    it('verifies the credential alone, and refuses one whose signature was tampered with', async () => {
      const { body: checked } = await verify(pdf).expect(200);
      const credential = await credentialOf(pdf);
      const { body } = await ctx.http().post('/api/v1/verify').send({ credential }).expect(200);
      expect(body.valid).toBe(true);
      expect(checked.certificate.code).toBe(body.certificate.code);
      const forged = credential.slice(0, -4) + (credential.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      const { body: refused } = await ctx
        .http()
        .post('/api/v1/verify')
        .send({ credential: forged })
        .expect(200);
      expect(refused.valid).toBe(false);
      expect(failed(refused)).toContain('signature');
    });

    it('flips the certificate’s bit in its signed status list when it is revoked', async () => {
      // A certificate of its own: the other tests verify `pdf` as valid, in any order.
      const cohort = await certifiableCohort(ctx, 1);
      const {
        certificateIds: [revokedId],
      } = await issueAll(cohort);
      const { body: revokedPdf } = await ctx
        .http()
        .get(`/api/v1/certificates/${revokedId}/pdf`)
        .set('Authorization', admin)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const bit = async () => {
        const { text } = await ctx.http().get('/api/v1/credentials/status/1').expect(200);
        const payload = JSON.parse(Buffer.from(text.split('.')[1], 'base64url').toString());
        const [row] = await ctx.dataSource.query(
          `SELECT status_index FROM certificates WHERE id = $1`,
          [revokedId],
        );
        const bits = gunzipSync(
          Buffer.from(payload.credentialSubject.encodedList.slice(1), 'base64url'),
        );
        return (bits[row.status_index >> 3] & (0x80 >> (row.status_index & 7))) !== 0;
      };
      expect(await bit()).toBe(false);
      await ctx
        .http()
        .post(`/api/v1/certificates/${revokedId}/revoke`)
        .set('Authorization', admin)
        .send({ reason: 'Fraud' })
        .expect(200);
      expect(await bit()).toBe(true);
      const { body } = await verify(revokedPdf).expect(200);
      expect(failed(body)).toEqual(['status']);
      expect(body.checks.find((c: { name: string }) => c.name === 'status').detail).toContain(
        'Fraud',
      );
    });

    it.each([
      ['a text file', Buffer.from('hello'), 'hello.txt'],
      ['an empty PDF header', Buffer.from('%PDF-1.7\n%%EOF'), 'empty.pdf'],
    ])('answers %s with its failed checks, not an error', async (_what, file, name) => {
      const { body } = await verify(file, name).expect(200);
      expect(body.valid).toBe(false);
      expect(body.certificate).toBeUndefined();
    });

    it('refuses a 50 MB upload with 413, naming the field', async () => {
      const response = await verify(Buffer.alloc(50 * 1024 * 1024, 0x20), 'big.pdf');
      expectProblem(response, 413, 'payload_too_large', 'upload.too_large');
      expect(Object.keys(response.body.errors)).toEqual(['file']);
    });

    it('asks for a file or a credential when given neither', async () => {
      expectProblem(
        await ctx.http().post('/api/v1/verify').send({}),
        422,
        'rule_violation',
        'certificate.verify_input_missing',
      );
    });

    it.each(['0', '99999', '1e3', 'x'])('answers status list %p with a 4xx', async (list) => {
      const response = await ctx.http().get(`/api/v1/credentials/status/${list}`);
      expect([400, 404]).toContain(response.status);
    });
  });

  it.each([
    ['an unknown code', '0000-0000-0000'],
    ['a malformed code', '%3Cscript%3E'],
    ['a long code', 'A'.repeat(300)],
  ])('answers %s with the page saying it is unknown', async (_what, code) => {
    const page = await ctx.http().get(`/verify/${code}`).set('Accept-Language', 'en').expect(200);
    expect(page.text).toContain('No certificate has this code.');
    expect(page.text).not.toContain('<script>');
  });

  it('publishes the issuer profile and its public key', async () => {
    const { body: jwks } = await ctx.http().get('/api/v1/credentials/jwks.json').expect(200);
    expect(jwks.keys).toEqual([
      expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', kid: 'test-key-1' }),
    ]);
    const { body: issuer } = await ctx.http().get('/api/v1/credentials/issuer').expect(200);
    expect(issuer).toMatchObject({
      type: ['Profile'],
      id: 'http://127.0.0.1:3000/api/v1/credentials/issuer',
    });
  });

  describe('the queue dashboard', () => {
    it.each([
      [401, 'anonymous', undefined],
      [403, 'a participant', 'participant'],
      [403, 'a trainer', 'trainer'],
      [200, 'an admin', 'admin'],
    ] as const)('answers %p to %s', async (status, _who, role) => {
      const user = role && (await ctx.factory.user({ role }));
      const request = ctx.http().get('/api/queues/');
      if (user)
        request.set(
          'Authorization',
          `Bearer ${await ctx.tokenFor({ id: user.id, role: user.role })}`,
        );
      const response = await request;
      expect(response.status).toBe(status);
      if (status === 200) expect(response.text).toContain('<div id="root">');
    });

    it('takes the admin’s token from its cookie, for the pages a browser opens', async () => {
      const user = await ctx.factory.user({ role: 'admin' });
      const token = await ctx.tokenFor({ id: user.id, role: 'admin' });
      const { body } = await ctx
        .http()
        .get('/api/queues/api/queues')
        .set('Cookie', `apprenance_queues=${token}`)
        .expect(200);
      expect(body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
        'certificates',
        'mail',
        'maintenance',
      ]);
    });
  });
});
