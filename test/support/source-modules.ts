import Module from 'node:module';
import path from 'node:path';

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };

/**
 * Jest maps `@apprenance/*` to their TypeScript sources in test files, but loads the global
 * setup with Node's own resolution, which finds the packages' built `dist/`: without a build the
 * template database would be migrated by stale migrations while the tests run the source ones.
 * Imported first by the global setup, this applies jest's own map to it as well.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { moduleNameMapper } = require('../../jest.config.js') as {
  moduleNameMapper: Record<string, string>;
};
const rootDir = path.resolve(__dirname, '../..');

function sourceOf(request: string): string | undefined {
  for (const [pattern, target] of Object.entries(moduleNameMapper)) {
    const match = new RegExp(pattern).exec(request);
    if (!match) continue;
    const mapped = request.replace(new RegExp(pattern), target).replace('<rootDir>', rootDir);
    return mapped.endsWith('.ts') ? mapped : path.join(mapped, 'index.ts');
  }
  return undefined;
}

const resolve = loader._resolveFilename;
loader._resolveFilename = function (request, ...rest) {
  return resolve.call(this, sourceOf(request) ?? request, ...rest);
};
