import { startEmbeddedPostgres } from '../../libs/devstack/src/postgres';

/** See postgres-process.ts: prints the cluster's URL, stops it on SIGTERM. */
async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const service = await startEmbeddedPostgres({
    dataDir,
    database: 'apprenance',
    port: Number(port),
  });
  process.once('SIGTERM', () => void service.stop().then(() => process.exit(0)));
  process.stdout.write(`${service.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
