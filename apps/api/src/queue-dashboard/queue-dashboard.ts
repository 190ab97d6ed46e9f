import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { AppConfig } from '@apprenance/config';
import { QUEUES, redisConnection } from '@apprenance/jobs';
import { Queue } from 'bullmq';
import type { Router } from 'express';

/** Where the dashboard is served, outside /api/v1: it is a page, not part of the REST api. */
export const QUEUE_DASHBOARD_PATH = '/api/queues';

/**
 * The cookie the web app sets (SameSite=Strict, path-scoped) with the admin's access token
 * before it opens the dashboard: the dashboard's own page and requests carry no bearer header.
 */
export const QUEUE_DASHBOARD_COOKIE = 'apprenance_queues';

export const QUEUE_DASHBOARD = Symbol('QUEUE_DASHBOARD');

export interface QueueDashboard {
  router: Router;
  close(): Promise<void>;
}

/** Bull Board over every queue of the job contract, on the worker's Redis prefix. */
export function createQueueDashboard(config: AppConfig): QueueDashboard {
  const connection = redisConnection(config.REDIS_URL);
  const queues = Object.values(QUEUES).map(
    (name) => new Queue(name, { connection, prefix: `${config.REDIS_PREFIX}:bull` }),
  );
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Apprenance' } },
  });
  return {
    router: serverAdapter.getRouter() as Router,
    close: async () => {
      await Promise.all(queues.map((queue) => queue.close()));
    },
  };
}

/** The access token from the dashboard's cookie, if the request has no bearer header. */
export function tokenFromCookie(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === QUEUE_DASHBOARD_COOKIE && value.length) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
