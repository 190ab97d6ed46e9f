import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findCredentialHole } from './embed';
import { sampleCertificateContent } from './sample';
import { createStatusListCredential, statusLookupFromLists } from './status-list';
import { certificateFixture } from './test-support';
import { VerificationResult } from './types';
import { MAX_PDF_BYTES, verifyCertificatePdf, verifyCredential } from './verify';

const fixture = certificateFixture();
const stranger = certificateFixture('test-key-1'); // same key id, another key
const content = sampleCertificateContent();
const rendered = fixture.renderer.render(content);

const failed = (result: VerificationResult) =>
  result.checks.filter((c) => !c.ok).map((c) => c.name);

/** Offset of the first byte of the page's content stream. */
function pageContent(pdf: Buffer): number {
  const ref = /\/Contents (\d+) 0 R/.exec(pdf.toString('latin1'))![1];
  return pdf.indexOf('stream\n', pdf.indexOf(`\n${ref} 0 obj`)) + 'stream\n'.length;
}

/** Flips one byte of a copy of the PDF. */
function edited(pdf: Buffer, at: number): Buffer {
  const copy = Buffer.from(pdf);
  copy[at] = copy[at] === 0x41 ? 0x42 : 0x41;
  return copy;
}

describe('verifyCertificatePdf', () => {
  it('passes every check on the PDF as issued', async () => {
    const { pdf } = await rendered;
    const result = await verifyCertificatePdf(pdf, fixture.jwks);
    expect(result.checks.map((c) => [c.name, c.ok])).toEqual([
      ['pdf', true],
      ['embedded_credential', true],
      ['credential_format', true],
      ['issuer_key', true],
      ['signature', true],
      ['pdf_integrity', true],
    ]);
    expect(result.valid).toBe(true);
  });

  // Where one byte is changed, and the check that must catch it.
  const EDITS: Array<[string, (pdf: Buffer) => number, string]> = [
    ['in the page content', (pdf) => pageContent(pdf) + 20, 'pdf_integrity'],
    ['in the XMP metadata', (pdf) => pdf.indexOf('<pdf:Producer>') + 15, 'pdf_integrity'],
    ['in the trailer', (pdf) => pdf.lastIndexOf('startxref') - 3, 'pdf_integrity'],
    ['in the credential payload', (pdf) => findCredentialHole(pdf)!.start + 200, 'signature'],
    ['in the credential signature', (pdf) => findCredentialHole(pdf)!.end - 5, 'signature'],
    ['in the last byte', (pdf) => pdf.length - 2, 'pdf_integrity'],
  ];

  it.each(EDITS)('fails when one byte is changed %s', async (_where, position, check) => {
    const { pdf } = await rendered;
    const result = await verifyCertificatePdf(edited(pdf, position(pdf)), fixture.jwks);
    expect(result.valid).toBe(false);
    expect(failed(result)).toContain(check);
  });

  it('fails every byte position sampled across the file', async () => {
    const { pdf } = await rendered;
    const step = Math.floor(pdf.length / 97);
    for (let at = 0; at < pdf.length; at += step) {
      const result = await verifyCertificatePdf(edited(pdf, at), fixture.jwks);
      expect([at, result.valid]).toEqual([at, false]);
    }
  });

  it('fails a credential signed by an unknown key, and one forged under a known key id', async () => {
    const { pdf } = await rendered;
    const unknown = await verifyCertificatePdf(pdf, { keys: [] });
    expect(failed(unknown)).toEqual(['issuer_key']);
    const forged = await stranger.renderer.render(content);
    expect(failed(await verifyCertificatePdf(forged.pdf, fixture.jwks))).toEqual(['signature']);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), ['pdf']],
    ['a PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), ['pdf']],
    [
      'a PDF without credential',
      Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n'),
      ['embedded_credential'],
    ],
    [
      'a file over the limit',
      Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(MAX_PDF_BYTES)]),
      ['pdf'],
    ],
    [
      'garbage after a PDF header',
      Buffer.from(`%PDF-1.7\n/Subtype /application#2Fvc#2Bjwt /Length 99999999\nstream\n`),
      ['embedded_credential'],
    ],
  ] as const)('answers %s with a failed check, not an exception', async (_what, bytes, checks) => {
    const result = await verifyCertificatePdf(bytes, fixture.jwks);
    expect(result.valid).toBe(false);
    expect(failed(result)).toEqual(checks);
  });
});

describe('verifyCredential and the status list', () => {
  const listUrl = content.status.statusListCredential;
  const list = (revoked: number[]) =>
    createStatusListCredential({
      url: listUrl,
      issuer: fixture.issuer,
      signingKey: fixture.key,
      revokedIndexes: revoked,
    });
  const statusOf = async (listJws: string) => {
    const { credential } = await rendered;
    const lookup = statusLookupFromLists(new Map([[listUrl, listJws]]), fixture.jwks);
    const result = await verifyCredential(credential, fixture.jwks, { statusLookup: lookup });
    return result.checks.find((c) => c.name === 'status');
  };

  it.each([
    [[], true, 'not revoked'],
    [[41, 43], true, 'not revoked'],
    [[42], false, 'revoked'],
    [[0, 42, 131071], false, 'revoked'],
  ])('with revoked indexes %p the status check is %p', async (revoked, ok, detail) => {
    expect(await statusOf(list(revoked))).toEqual({ name: 'status', ok, detail });
  });

  it('fails the status check when the status list was tampered with', async () => {
    const [header, payload, signature] = list([42]).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.credentialSubject.encodedList = JSON.parse(
      Buffer.from(list([]).split('.')[1], 'base64url').toString(),
    ).credentialSubject.encodedList;
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect(await statusOf(tampered)).toEqual({
      name: 'status',
      ok: false,
      detail: `status list ${listUrl}: signature does not match`,
    });
  });

  it('fails the status check when the index lies outside the list', async () => {
    const { credential } = await fixture.renderer.render(
      sampleCertificateContent({
        status: { statusListCredential: listUrl, statusListIndex: 200_000 },
      }),
    );
    const lookup = statusLookupFromLists(new Map([[listUrl, list([])]]), fixture.jwks);
    const result = await verifyCredential(credential, fixture.jwks, { statusLookup: lookup });
    expect(failed(result)).toEqual(['status']);
  });

  it('fails the status check when the list is signed by an unknown key', async () => {
    const foreign = createStatusListCredential({
      url: listUrl,
      issuer: fixture.issuer,
      signingKey: certificateFixture('other-key').key,
      revokedIndexes: [],
    });
    expect((await statusOf(foreign))?.ok).toBe(false);
  });

  it.each([
    ['', 'credential_format'],
    ['not.a.jws', 'credential_format'],
    ['a'.repeat(100_000), 'credential_format'],
    ['eyJhbGciOiJub25lIn0.e30.', 'credential_format'],
  ])('answers a malformed credential %#', async (jws, check) => {
    const result = await verifyCredential(jws, fixture.jwks);
    expect(result.valid).toBe(false);
    expect(failed(result)).toEqual([check]);
  });
});

describe('npm run verify (the CLI, offline)', () => {
  const cli = path.join(__dirname, '..', 'dist', 'cli.js');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });

  it('verifies a certificate against a pinned JWKS file, then a revoked status', async () => {
    const { pdf } = await rendered;
    const file = fixture.write('issued.pdf', pdf);
    const jwks = fixture.write('jwks.json', JSON.stringify(fixture.jwks));
    const ok = run(file, '--jwks', jwks);
    expect(ok.stdout).toContain('✓ pdf_integrity');
    expect(ok.stdout).toContain('VALID');
    expect(ok.status).toBe(0);

    const listUrl = content.status.statusListCredential;
    const revokedList = createStatusListCredential({
      url: listUrl,
      issuer: fixture.issuer,
      signingKey: fixture.key,
      revokedIndexes: [content.status.statusListIndex],
    });
    const revoked = run(
      file,
      '--jwks',
      jwks,
      '--status-list',
      fixture.write('list.jwt', revokedList),
    );
    expect(revoked.stdout).toContain('✗ status: revoked');
    expect(revoked.status).toBe(1);
  });

  it('fails a forged file and a file that is not a PDF, with exit code 1', async () => {
    const { pdf } = await rendered;
    const jwks = fixture.write('jwks.json', JSON.stringify(fixture.jwks));
    const forged = fixture.write('forged.pdf', edited(pdf, pageContent(pdf) + 40));
    const result = run(forged, '--jwks', jwks);
    expect(result.stdout).toContain('✗ pdf_integrity: the PDF was changed after signing');
    expect(result.stdout).toContain('NOT VALID');
    expect(result.status).toBe(1);
    expect(run(fixture.write('note.txt', 'hello'), '--jwks', jwks).status).toBe(1);
  });

  it('refuses a missing JWKS or no file with exit code 2', () => {
    expect(run().status).toBe(2);
    expect(run('x.pdf', '--jwks', path.join(fixture.dir, 'absent.json')).status).toBe(2);
  });
});
