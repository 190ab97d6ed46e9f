#!/usr/bin/env node
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { statusLookupFromLists } from './status-list';
import { Jwks } from './types';
import { MAX_PDF_BYTES, verifyCertificatePdf } from './verify';

/** The issuer's JWKS that `npm start` pins for the local dev key. */
export const DEFAULT_JWKS = path.join(
  process.env.APPRENANCE_DATA_DIR ?? '.data',
  'certificate-jwks.json',
);

const USAGE = `Usage: npm run verify -- <certificate.pdf> [--jwks keys.json] [--status-list list.jwt]…

Verifies a certificate offline: the embedded credential, its signature against the pinned
public keys (default ${DEFAULT_JWKS}), and that the PDF is byte for byte the signed one.
With --status-list (a status list credential downloaded from the issuer), also revocation.
Exit code 0 when every check passes, 1 when one fails, 2 on a usage error.`;

function readJwks(file: string): Jwks {
  const jwks = JSON.parse(readFileSync(file, 'utf8')) as Partial<Jwks>;
  if (!Array.isArray(jwks.keys)) throw new Error(`${file} is not a JWKS ({"keys": [...]})`);
  return { keys: jwks.keys };
}

function statusLists(files: string[]): Map<string, string> {
  const lists = new Map<string, string>();
  for (const file of files) {
    const jws = readFileSync(file, 'utf8').trim();
    const payload = JSON.parse(Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString()) as {
      id?: string;
    };
    if (typeof payload.id !== 'string') throw new Error(`${file} is not a status list credential`);
    lists.set(payload.id, jws);
  }
  return lists;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        jwks: { type: 'string', default: DEFAULT_JWKS },
        'status-list': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const file = positionals[0];
  let trusted: Jwks;
  let lists: Map<string, string>;
  try {
    trusted = readJwks(path.resolve(values.jwks));
    lists = statusLists(values['status-list']);
    if (statSync(file).size > MAX_PDF_BYTES) {
      console.log(`✗ pdf: larger than ${MAX_PDF_BYTES} bytes`);
      return 1;
    }
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const result = await verifyCertificatePdf(readFileSync(file), trusted, {
    statusLookup: lists.size ? statusLookupFromLists(lists, trusted) : undefined,
  });
  for (const { name, ok, detail } of result.checks) {
    console.log(`${ok ? '✓' : '✗'} ${name}: ${detail}`);
  }
  if (!lists.size && result.valid) console.log('· status: not checked (no --status-list given)');
  console.log(result.valid ? 'VALID' : 'NOT VALID');
  return result.valid ? 0 : 1;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
