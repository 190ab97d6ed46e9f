import { INestApplication, RequestMethod, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AppConfig, corsOrigins } from '@apprenance/config';
import { existsSync } from 'node:fs';
import path from 'node:path';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { bodyParserErrors } from './common/problem/body-parser-errors';
import { createValidationPipe } from './common/problem/validation';
import { createOpenApiDocument } from './common/openapi/document';
import { InputGuardPipe } from './common/input/input-guard';
import { requestId } from './common/logging/request-id';
import { answerClientErrors } from './common/problem/client-errors';

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
  answerClientErrors(app.getHttpServer());
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.BODY_LIMIT, extended: false });
  app.use(bodyParserErrors);
  app.use(
    helmet({
      contentSecurityPolicy: {
        // The built web app has no inline script, so none may run (XSS would need one).
        directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'] },
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
  app.useGlobalPipes(new InputGuardPipe(), createValidationPipe());
  app.enableShutdownHooks();
  setUpOpenApi(app, config);
}

function setUpOpenApi(app: INestApplication, config: AppConfig): void {
  SwaggerModule.setup('api/docs', app, createOpenApiDocument(app, config.PUBLIC_URL), {
    jsonDocumentUrl: 'api/docs-json',
    useGlobalPrefix: false,
  });
}
