import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * JWT_SECRET for local runs: the environment's if set, else one generated on first start and
 * kept in the data directory (mode 600), so that sessions survive a restart.
 */
export function localJwtSecret(dataDir: string): string {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * The certificate signing key for local runs: the environment's if set, else an Ed25519 key
 * generated on first start into the data directory and reused, so that certificates issued
 * yesterday still verify. Its public JWKS is pinned beside it for `npm run verify`.
 */
export function localCertificateKey(dataDir: string): {
  CERT_SIGNING_KEY: string;
  CERT_SIGNING_KEY_ID: string;
} {
  const { CERT_SIGNING_KEY, CERT_SIGNING_KEY_ID } = process.env;
  if (CERT_SIGNING_KEY && CERT_SIGNING_KEY_ID) return { CERT_SIGNING_KEY, CERT_SIGNING_KEY_ID };
  const keyFile = path.join(dataDir, 'certificate-signing-key.pem');
  if (!existsSync(keyFile)) {
    mkdirSync(dataDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  }
  const pem = readFileSync(keyFile, 'utf8');
  const jwk = createPublicKey(createPrivateKey(pem)).export({ format: 'jwk' });
  const kid = `dev-${createHash('sha256').update(String(jwk.x)).digest('hex').slice(0, 12)}`;
  const jwks = { keys: [{ kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid, alg: 'EdDSA', use: 'sig' }] };
  writeFileSync(path.join(dataDir, 'certificate-jwks.json'), `${JSON.stringify(jwks, null, 2)}\n`);
  return { CERT_SIGNING_KEY: pem, CERT_SIGNING_KEY_ID: kid };
}
