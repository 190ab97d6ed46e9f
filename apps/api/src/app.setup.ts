import { INestApplication, RequestMethod, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, corsOrigins } from '@apprenance/config';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';
import { bodyParserErrors } from './common/problem/body-parser-errors';
import { createValidationPipe } from './common/problem/validation';

/** Where the built web app is, if it has been built. */
export function adminDistDir(config: AppConfig): string | undefined {
  const dir = config.ADMIN_DIST_DIR ?? path.resolve(__dirname, '..', '..', 'admin', 'dist');
  return existsSync(path.join(dir, 'index.html')) ? dir : undefined;
}

/** Builds the HTTP application with every cross-cutting concern, without listening. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, { adminDist: adminDistDir(config) }),
    { bufferLogs: true, bodyParser: false },
  );
  configureApp(app, config);
  await app.init();
  return app;
}

function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.TRUST_PROXY);
  app.set('x-powered-by', false);
  app.use(requestId);
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.BODY_LIMIT, extended: false });
  app.use(bodyParserErrors);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  app.enableCors({
    origin: corsOrigins(config),
    exposedHeaders: ['Content-Range', 'X-Request-Id', 'Retry-After'],
    credentials: false,
  });
  app.setGlobalPrefix('api', { exclude: [{ path: 'verify/{*path}', method: RequestMethod.GET }] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setUpOpenApi(app);
}

/** Trusts an incoming X-Request-Id if it looks like one, else makes one; echoes it back. */
function requestId(request: Request & { id?: string }, response: Response, next: NextFunction) {
  const incoming = request.header('x-request-id');
  request.id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', request.id);
  next();
}

function setUpOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Apprenance API')
      .setDescription(
        'Training platform for open urbanism. Errors are application/problem+json (RFC 9457) ' +
          'with a stable `reason` (see the ProblemReason schema) to show in the reader’s language; ' +
          'lists take _start, _end, _sort, _order and return the total in Content-Range.',
      )
      .setVersion('1')
      .setLicense('AGPL-3.0-or-later', 'https://www.gnu.org/licenses/agpl-3.0.html')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    useGlobalPrefix: false,
  });
}
