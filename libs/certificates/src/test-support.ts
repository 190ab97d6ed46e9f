import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSigningKeyPem, SigningKey, signingKey } from './keys';
import { createCertificateRenderer } from './renderer';
import { Jwks } from './types';

/** A renderer with a fresh key, its trusted JWKS and a temporary directory, for the specs. */
export function certificateFixture(kid = 'test-key-1') {
  const key: SigningKey = signingKey(generateSigningKeyPem().privateKey, kid);
  const issuer = {
    id: 'https://apprenance.example.org/api/v1/credentials/issuer',
    name: 'Apprenance',
    url: 'https://apprenance.example.org',
  };
  const renderer = createCertificateRenderer({ signingKey: key, issuer });
  const jwks: Jwks = { keys: [key.publicJwk] };
  const dir = mkdtempSync(path.join(tmpdir(), 'certificates-'));
  const write = (name: string, data: Buffer | string) => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    return file;
  };
  return { key, issuer, renderer, jwks, dir, write };
}

/** Runs a poppler/qpdf tool and returns its standard output. */
export const tool = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
