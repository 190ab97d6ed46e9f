import { claimedPdfDigest, sriOf } from './credential';
import { blanked, findCredentialHole, Hole } from './embed';
import { unverifiedPayload, verifyJws } from './jws';
import {
  Jwks,
  StatusLookup,
  VerificationCheck,
  VerificationCheckName,
  VerificationResult,
} from './types';

/** Larger than any certificate we write by far; bigger input is refused before parsing. */
export const MAX_PDF_BYTES = 5 * 1024 * 1024;
export const MAX_CREDENTIAL_CHARS = 64 * 1024;

export interface VerifyOptions {
  /** Revocation check (online in the api, from a downloaded list in the CLI); omitted: skipped. */
  statusLookup?: StatusLookup;
}

const check = (name: VerificationCheckName, ok: boolean, detail: string): VerificationCheck => ({
  name,
  ok,
  detail,
});

function result(checks: VerificationCheck[], extra: Partial<VerificationResult> = {}) {
  return { valid: checks.every((c) => c.ok), checks, ...extra };
}

/** Verifies a credential given as a compact JWS: its format, key, signature and status. */
export async function verifyCredential(
  credential: string,
  trusted: Jwks,
  options: VerifyOptions = {},
): Promise<VerificationResult> {
  return (await verifyJwsCredential(credential.trim(), trusted, options)).result;
}

async function verifyJwsCredential(jws: string, trusted: Jwks, options: VerifyOptions) {
  const checks: VerificationCheck[] = [];
  const done = (payload?: Record<string, unknown>) => ({
    result: result(checks, { credential: payload ?? unverifiedPayload(jws), jws }),
    payload,
  });
  if (jws.length > MAX_CREDENTIAL_CHARS) {
    checks.push(
      check('credential_format', false, `longer than ${MAX_CREDENTIAL_CHARS} characters`),
    );
    return done();
  }
  const outcome = verifyJws(jws, trusted);
  if (!outcome.ok) {
    const formatOk = outcome.stage !== 'format';
    checks.push(
      check('credential_format', formatOk, formatOk ? 'compact JWS, EdDSA' : outcome.detail),
    );
    if (formatOk) {
      const keyOk = outcome.stage !== 'issuer_key';
      checks.push(
        check('issuer_key', keyOk, keyOk ? `key ${outcome.header?.kid}` : outcome.detail),
      );
      if (keyOk) checks.push(check('signature', false, outcome.detail));
    }
    return done();
  }
  const payload = unverifiedPayload(jws);
  const types = payload?.type;
  const isBadge = Array.isArray(types) && types.includes('OpenBadgeCredential');
  checks.push(
    check(
      'credential_format',
      isBadge,
      isBadge ? 'OpenBadgeCredential' : 'not an OpenBadgeCredential',
    ),
    check('issuer_key', true, `key ${outcome.header.kid} is trusted`),
    check('signature', true, 'Ed25519 signature valid'),
  );
  if (isBadge && payload && options.statusLookup)
    checks.push(await statusCheck(payload, options.statusLookup));
  return done(payload);
}

async function statusCheck(payload: Record<string, unknown>, lookup: StatusLookup) {
  const status = payload.credentialStatus as
    { statusListCredential?: unknown; statusListIndex?: unknown } | undefined;
  const index = Number(status?.statusListIndex);
  if (typeof status?.statusListCredential !== 'string' || !Number.isInteger(index) || index < 0) {
    return check('status', false, 'no usable credentialStatus');
  }
  try {
    const answer = await lookup({
      statusListCredential: status.statusListCredential,
      statusListIndex: index,
    });
    if (!answer) return check('status', false, 'status could not be determined');
    return check('status', !answer.revoked, answer.detail);
  } catch (error) {
    return check('status', false, (error as Error).message);
  }
}

/**
 * Verifies a certificate PDF: it is a PDF, it carries one credential, the credential verifies,
 * and the PDF's bytes (with the credential blanked) hash to the digest the credential signs.
 */
export async function verifyCertificatePdf(
  pdf: Buffer,
  trusted: Jwks,
  options: VerifyOptions = {},
): Promise<VerificationResult> {
  if (pdf.length > MAX_PDF_BYTES) {
    return result([check('pdf', false, `larger than ${MAX_PDF_BYTES} bytes`)]);
  }
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
    return result([check('pdf', false, 'not a PDF (no %PDF- header)')]);
  }
  const checks = [check('pdf', true, `${pdf.length} bytes`)];
  const hole: Hole | null = findCredentialHole(pdf);
  if (!hole) {
    checks.push(check('embedded_credential', false, 'no embedded credential found'));
    return result(checks);
  }
  checks.push(check('embedded_credential', true, 'credential.jwt'));
  const jws = pdf.subarray(hole.start, hole.end).toString('latin1');
  const { result: inner, payload } = await verifyJwsCredential(jws, trusted, options);
  checks.push(...inner.checks);
  if (payload) checks.push(integrityCheck(pdf, hole, payload));
  return result(checks, { credential: inner.credential, jws });
}

function integrityCheck(pdf: Buffer, hole: Hole, payload: Record<string, unknown>) {
  const claimed = claimedPdfDigest(payload);
  if (!claimed) return check('pdf_integrity', false, 'the credential claims no PDF digest');
  const actual = sriOf(blanked(pdf, hole));
  return actual === claimed
    ? check('pdf_integrity', true, 'the PDF is byte for byte the one signed')
    : check('pdf_integrity', false, 'the PDF was changed after signing');
}
