import { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import {
  DocumentBuilder,
  OpenAPIObject,
  OperationObject,
  ResponsesObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { ROLES, type Role } from '@apprenance/db';
import { PUBLIC_KEY, ROLES_KEY } from '../auth/roles.decorator';
import { PROBLEM_CONTENT_TYPE } from '../problem/problem';
import { GENERIC_PROBLEM_MEANINGS, ProblemDto } from '../problem/problem.dto';
import { PROBLEM_MEANINGS } from './openapi';

/** The groups of operations in the reference, in reading order; every @ApiTags names one. */
const TAGS: [name: string, description: string][] = [
  ['auth', 'Sign in and who you are'],
  ['courses', 'Courses, their phases, modules and material'],
  ['civic-techs', 'The catalogue of free civic-tech tools'],
  ['cohorts', 'Runs of a course: pairs, sessions, attendance and calendars'],
  ['test-logs', 'Phase 2: the civic-tech tests pairs record, and their aggregate per tool'],
  ['prototypes', 'Phase 3: pair prototypes, their versions, workflow and attachments'],
  ['peer-reviews', 'Peer review of submitted prototypes within a cohort'],
  ['assessment', 'Trainer assessment per phase, its rubric, and certificate eligibility'],
  ['territories', 'The territories pairs come from'],
  ['users', 'Accounts of admins, trainers and participants'],
  ['audit', 'Who changed what, and when'],
  ['notifications', 'The in-app inbox, and the email delivery of every message'],
  ['certificates', 'Issuing certificates through the worker, revoking, re-issuing, downloading'],
  ['verification', 'Anyone verifies a certificate: its page, its file, the issuer’s keys'],
  ['public commons', 'Published courses and the catalogue, open to anyone'],
  ['impact', 'Conviction before/after, strategy follow-ups and the impact dashboard'],
  ['public impact', 'The anonymised impact of the courses an admin published'],
  ['health', 'Whether the api can reach Postgres and Redis'],
];

/** `UsersController.list` → `users_list`: what generated clients name their methods after. */
function operationId(controllerKey: string, methodKey: string): string {
  const resource = controllerKey.replace(/Controller$/, '');
  return `${resource[0].toLowerCase()}${resource.slice(1)}_${methodKey}`;
}

/**
 * The OpenAPI document served at /api/docs-json: a contract clients can be generated from,
 * linted with Redocly's recommended rules by `test/e2e/openapi.e2e-spec.ts`.
 */
export function createOpenApiDocument(app: INestApplication, publicUrl: string): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    TAGS.reduce(
      (builder, [name, description]) => builder.addTag(name, description),
      new DocumentBuilder(),
    )
      .setTitle('Apprenance API')
      .setDescription(
        'Training platform for open urbanism. Errors are application/problem+json (RFC 9457) ' +
          'with a stable `reason` (see the ProblemReason schema) to show in the reader’s language; ' +
          'lists take _start, _end, _sort, _order and return the total in Content-Range.',
      )
      .setVersion('1')
      .setLicense('AGPL-3.0-or-later', 'https://www.gnu.org/licenses/agpl-3.0.html')
      .addServer(publicUrl.replace(/\/+$/, ''), 'this deployment (paths carry the /api prefix)')
      .addBearerAuth()
      .addSecurityRequirements('bearer')
      .build(),
    { operationIdFactory: operationId, extraModels: [ProblemDto] },
  );
  describeAccess(app, document);
  return document;
}

type Access = { public: true } | { public: false; roles: readonly Role[] };

/** The access rule of every handler, by operation id, read as the access guard reads it. */
function accessRules(app: INestApplication): Map<string, Access> {
  const reflector = app.get(Reflector);
  const rules = new Map<string, Access>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[key];
        if (typeof handler !== 'function' || !Reflect.hasMetadata(PATH_METADATA, handler)) continue;
        const targets = [handler, metatype];
        rules.set(
          operationId(metatype.name, key),
          reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)
            ? { public: true }
            : {
                public: false,
                roles: reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [],
              },
        );
      }
    }
  }
  return rules;
}

/**
 * Derives, in one place and from the same metadata the guards and pipes act on, what every
 * operation says about access: public operations need no token (`security: []`), the others
 * answer 401 without one and 403 to a role they do not admit; input (a body, path or query
 * parameters) is validated (400), and a path names something that may not exist (404).
 * Statuses an endpoint documents itself keep its own wording.
 */
function describeAccess(app: INestApplication, document: OpenAPIObject): void {
  const rules = accessRules(app);
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as OperationObject[]) {
      const access = operation.operationId ? rules.get(operation.operationId) : undefined;
      if (!access) continue;
      const parameters = (operation.parameters ?? []) as { in?: string }[];
      const statuses: number[] = [];
      if (operation.requestBody || parameters.length) statuses.push(400);
      if (!access.public) statuses.push(401);
      if (!access.public && ROLES.some((role) => !access.roles.includes(role))) statuses.push(403);
      if (parameters.some((parameter) => parameter.in === 'path')) statuses.push(404);
      if (access.public) operation.security = [];
      addProblems(operation.responses, statuses);
    }
  }
}

function addProblems(responses: ResponsesObject, statuses: number[]): void {
  for (const status of statuses) {
    responses[status] ??= {
      description: PROBLEM_MEANINGS[status] ?? GENERIC_PROBLEM_MEANINGS[status],
      content: {
        [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDto' } },
      },
    };
  }
}
