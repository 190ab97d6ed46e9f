import { gunzipSync, gzipSync } from 'node:zlib';
import { Issuer, VC_CONTEXT } from './credential';
import { JwsHeader, signJws, verifyJws } from './jws';
import { SigningKey } from './keys';
import { Jwks, StatusListEntry, StatusLookup } from './types';

/** The spec's minimum list length (16 KiB of bits), so that an index reveals little. */
export const MIN_STATUS_LIST_SIZE = 131_072;
const MAX_STATUS_LIST_BYTES = 16 * 1024 * 1024;

/**
 * W3C Bitstring Status List: bit `i` (from the most significant bit of the first byte) is 1
 * when the credential at index i is revoked; the bits are gzipped and written as multibase
 * base64url (`u` prefix).
 */
export function encodeStatusList(revokedIndexes: Iterable<number>, size = MIN_STATUS_LIST_SIZE) {
  const bits = Buffer.alloc(Math.ceil(Math.max(size, MIN_STATUS_LIST_SIZE) / 8));
  for (const index of revokedIndexes) {
    if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8) {
      throw new RangeError(`status index ${index} is outside the list`);
    }
    bits[index >> 3] |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** The bits of an encodedList; throws on anything that is not one. */
export function decodeStatusList(encodedList: string): Buffer {
  if (!/^u[A-Za-z0-9_-]+$/.test(encodedList)) throw new Error('not a multibase base64url list');
  return gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), {
    maxOutputLength: MAX_STATUS_LIST_BYTES,
  });
}

export const isSet = (bits: Buffer, index: number) =>
  index >= 0 && index < bits.length * 8 && (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;

export interface StatusListOptions {
  /** Where the list is published; also its id. */
  url: string;
  issuer: Issuer;
  signingKey: SigningKey;
  revokedIndexes: Iterable<number>;
  size?: number;
  validFrom?: Date;
}

/** The signed BitstringStatusListCredential (compact JWS) to publish at `url`. */
export function createStatusListCredential(options: StatusListOptions): string {
  const credential = {
    '@context': [VC_CONTEXT],
    id: options.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: options.issuer.id,
    validFrom: (options.validFrom ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentialSubject: {
      id: `${options.url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(options.revokedIndexes, options.size),
    },
  };
  const header: JwsHeader = { alg: 'EdDSA', kid: options.signingKey.kid, typ: 'vc+jwt', cty: 'vc' };
  return signJws(header, JSON.stringify(credential), options.signingKey.privateKey);
}

/**
 * A StatusLookup over status list credentials the caller already has (by URL): each list's
 * signature is checked against the trusted keys before its bit is read, so a tampered list
 * tells nothing and the check fails.
 */
export function statusLookupFromLists(lists: Map<string, string>, trusted: Jwks): StatusLookup {
  return async (entry: StatusListEntry) => {
    const jws = lists.get(entry.statusListCredential);
    if (jws === undefined) return null;
    const outcome = verifyJws(jws.trim(), trusted);
    if (!outcome.ok) {
      throw new Error(`status list ${entry.statusListCredential}: ${outcome.detail}`);
    }
    const list = JSON.parse(outcome.payload) as {
      id?: string;
      credentialSubject?: { encodedList?: string; statusPurpose?: string };
    };
    if (
      list.id !== entry.statusListCredential ||
      list.credentialSubject?.statusPurpose !== 'revocation'
    ) {
      throw new Error(
        `status list ${entry.statusListCredential}: not the revocation list it claims`,
      );
    }
    const bits = decodeStatusList(String(list.credentialSubject.encodedList));
    if (entry.statusListIndex >= bits.length * 8) {
      throw new Error(
        `status list ${entry.statusListCredential}: index ${entry.statusListIndex} is outside it`,
      );
    }
    const revoked = isSet(bits, entry.statusListIndex);
    return { revoked, detail: revoked ? 'revoked' : 'not revoked' };
  };
}
