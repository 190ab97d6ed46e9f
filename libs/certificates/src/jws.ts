import { createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { Jwks } from './types';

/**
 * Compact JWS with EdDSA (Ed25519), as VC-JOSE-COSE secures a credential: node's crypto signs
 * and verifies Ed25519 natively, so no JOSE library is needed for this one algorithm.
 */
export interface JwsHeader {
  alg: 'EdDSA';
  kid: string;
  typ: string;
  cty?: string;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** Length of the compact JWS `signJws` gives for this header and payload (the signature is fixed). */
export function jwsLength(header: JwsHeader, payload: string): number {
  const signatureChars = 86; // 64 bytes of Ed25519 signature in base64url
  return b64url(JSON.stringify(header)).length + b64url(payload).length + signatureChars + 2;
}

export function signJws(header: JwsHeader, payload: string, key: KeyObject): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(payload)}`;
  return `${input}.${b64url(sign(null, Buffer.from(input), key))}`;
}

export type JwsOutcome =
  | { ok: true; header: JwsHeader; payload: string }
  | { ok: false; stage: 'format' | 'issuer_key' | 'signature'; detail: string; header?: JwsHeader };

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

function decodeHeader(part: string): JwsHeader | null {
  try {
    const header = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as JwsHeader;
    return header && header.alg === 'EdDSA' && typeof header.kid === 'string' ? header : null;
  } catch {
    return null;
  }
}

/** Checks a compact JWS against trusted keys: its shape, its key id, then its signature. */
export function verifyJws(jws: string, trusted: Jwks): JwsOutcome {
  if (!COMPACT_JWS.test(jws)) {
    return { ok: false, stage: 'format', detail: 'not a compact JWS' };
  }
  const [headerPart, payloadPart, signaturePart] = jws.split('.');
  const header = decodeHeader(headerPart);
  if (!header) {
    return { ok: false, stage: 'format', detail: 'header is not EdDSA with a key id' };
  }
  const jwk = trusted.keys.find((key) => key.kid === header.kid);
  if (!jwk) {
    return { ok: false, stage: 'issuer_key', detail: `unknown key id ${header.kid}`, header };
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
  } catch {
    return { ok: false, stage: 'issuer_key', detail: `unusable key ${header.kid}`, header };
  }
  const input = Buffer.from(`${headerPart}.${payloadPart}`);
  const signature = Buffer.from(signaturePart, 'base64url');
  if (signature.length !== 64 || !verify(null, input, key, signature)) {
    return { ok: false, stage: 'signature', detail: 'signature does not match', header };
  }
  return { ok: true, header, payload: Buffer.from(payloadPart, 'base64url').toString('utf8') };
}

/** The payload of a compact JWS without checking it (to show what a forged file claims). */
export function unverifiedPayload(jws: string): Record<string, unknown> | undefined {
  try {
    const payload: unknown = JSON.parse(
      Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString(),
    );
    return payload && typeof payload === 'object'
      ? (payload as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
