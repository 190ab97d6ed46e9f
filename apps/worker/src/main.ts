import 'reflect-metadata';
import { setFlagsFromString } from 'node:v8';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@apprenance/config';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/**
 * After each full GC, V8 lets the old space grow to the live heap times a factor it raises with
 * the allocation rate, up to 4: rendering allocates fast, so a worker whose live heap stayed at
 * 40-45 MiB let its heap reach 145 MiB and its RSS 240 MiB after 1,000 certificates and 298 MiB
 * by 10,000. A fixed factor of 2 keeps it at 210-225 MiB whatever the volume. V8 reads the flag
 * at each GC, and Node refuses it in NODE_OPTIONS, so the worker sets it itself: every way of
 * starting it (image, compose, `npm start`, tests) gets it. A hard cap (--max-old-space-size)
 * is no substitute: at 64 MiB it made the worker collect without end, then die.
 */
setFlagsFromString('--heap-growing-percent=100');

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // SIGTERM/SIGINT close the BullMQ workers, which finish their current job first.
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('Worker started');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
