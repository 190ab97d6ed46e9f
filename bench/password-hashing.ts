/**
 * What a login costs the server: argon2id with the parameters the api uses, against a
 * reference implementation measured in the same run — Node's built-in scrypt at OWASP's
 * equivalent strength (N=2^17, r=8, p=1). Run: `npm run bench:passwords` (ROUNDS=n to change).
 */
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { randomBytes, scrypt, ScryptOptions } from 'node:crypto';
import os from 'node:os';

const ROUNDS = Number(process.env.ROUNDS ?? 40);
const ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const SCRYPT: ScryptOptions = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 };

const scryptHash = (password: string, salt: Buffer) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, 32, SCRYPT, (error, key) => (error ? reject(error) : resolve(key))),
  );

async function time(label: string, run: () => Promise<unknown>): Promise<number[]> {
  await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const pct = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
  console.log(
    `| ${label} | ${ROUNDS} | ${pct(0.5)} | ${pct(0.95)} | ${(1000 / (sorted.reduce((a, b) => a + b) / ROUNDS)).toFixed(1)} |`,
  );
  return samples;
}

async function main(): Promise<void> {
  const password = 'correct horse battery staple';
  const stored = await hash(password, ARGON2);
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  console.log('| operation | rounds | p50 ms | p95 ms | per second (one core) |');
  console.log('| --- | --- | --- | --- | --- |');
  await time('argon2id hash (api: 19 MiB, t=2)', () => hash(password, ARGON2));
  await time('argon2id verify (a login)', () => verify(stored, password));
  const salt = randomBytes(16);
  await time('reference: node:crypto scrypt N=2^17 r=8', () => scryptHash(password, salt));
}

void main();
