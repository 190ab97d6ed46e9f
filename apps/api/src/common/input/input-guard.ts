import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidationProblemException } from '../problem/validation';
import { textProblem } from './text-rules';

/** Deeper than any of our bodies goes; refused before validation recurses into it. */
export const MAX_INPUT_DEPTH = 32;

/** Keys that reach an object's prototype when code copies input onto an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Problems of a body, query or path value, walked iteratively so that depth itself cannot
 * overflow the stack: text that Postgres or an export cannot carry, prototype keys and depth.
 */
export function inputProblems(input: unknown): Record<string, string[]> {
  // A Map, since `problems['__proto__'] = …` on an object would set its prototype instead.
  const problems = new Map<string, string[]>();
  const pending: { value: unknown; path: string; depth: number }[] = [
    { value: input, path: '', depth: 0 },
  ];
  while (pending.length) {
    const { value, path, depth } = pending.pop()!;
    const at = path || 'body';
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) problems.set(at, [problem]);
      continue;
    }
    if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.set(at, [`must not be nested more than ${MAX_INPUT_DEPTH} levels deep`]);
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) problems.set(child, ['is not a field this request accepts']);
      else {
        const nested = (value as Record<string, unknown>)[key];
        pending.push({ value: nested, path: child, depth: depth + 1 });
      }
    }
  }
  return Object.fromEntries(problems);
}

/**
 * Runs before validation on every body, query and path parameter, so that no route can store
 * or search such input and none has to remember to refuse it.
 */
@Injectable()
export class InputGuardPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Custom parameters (the signed-in user, a raw upload) are the server's, not input to walk.
    if (metadata.type === 'custom') return value;
    const problems = inputProblems(value);
    if (Object.keys(problems).length) throw new ValidationProblemException(problems);
    return value;
  }
}
