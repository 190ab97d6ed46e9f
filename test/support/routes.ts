import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, ModulesContainer, Reflector } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { Role } from '@apprenance/db';
import { PUBLIC_KEY, ROLES_KEY } from '../../apps/api/src/common/auth/roles.decorator';

export interface RouteRule {
  controller: string;
  handler: string;
  method: string;
  path: string;
  isPublic: boolean;
  roles: Role[] | undefined;
}

/** Every HTTP handler of the application with the access rule it carries. */
export function listRoutes(app: INestApplication): RouteRule[] {
  const reflector = app.get(Reflector);
  const routes: RouteRule[] = [];
  // Built here rather than asked of the app, which need not import DiscoveryModule.
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  for (const wrapper of discovery.getControllers()) {
    const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!type) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, type) ?? '');
    for (const name of Object.getOwnPropertyNames(type.prototype)) {
      const handler = type.prototype[name] as unknown;
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const targets = [handler, type];
      routes.push({
        controller: type.name,
        handler: name,
        method: RequestMethod[method],
        path: `/${[base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')].filter((p) => p && p !== '/').join('/')}`,
        isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true,
        roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
      });
    }
  }
  return routes;
}
