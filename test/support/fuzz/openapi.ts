/** The parts of an OpenAPI 3 document the input guard reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  example?: unknown;
  default?: unknown;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** One operation to exercise: where it is, what it takes. */
export interface FuzzOperation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  /** `cohorts`, `territories`…: operations are budgeted per family. */
  family: string;
  pathParams: string[];
  query: Record<string, Schema>;
  body?: { contentType: string; schema: Schema };
}

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Every write operation and every list (a GET whose answer may be paged, i.e. that takes
 * `_start`) of the document: a route added tomorrow is exercised without a new test.
 */
export function fuzzOperations(document: OpenApiDocument): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = operation.parameters ?? [];
      const isList = method === 'get' && parameters.some((p) => p.name === '_start');
      if (!WRITES.has(method) && !isList) continue;
      const content = Object.entries(operation.requestBody?.content ?? {})[0];
      operations.push({
        method: method as FuzzOperation['method'],
        path,
        family: path.replace(/^\/api(\/v1)?\//, '').split('/')[0],
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: Object.fromEntries(
          parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}]),
        ),
        body: content && { contentType: content[0], schema: content[1].schema ?? {} },
      });
    }
  }
  return operations;
}

/** A schema with its `$ref`s and `allOf`s resolved at the top level. */
export function resolveSchema(document: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() as string;
    return resolveSchema(document, document.components?.schemas?.[name] ?? {});
  }
  if (schema.allOf?.length) {
    const parts = schema.allOf.map((part) => resolveSchema(document, part));
    return Object.assign({}, ...parts, {
      properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})),
      required: parts.flatMap((part) => part.required ?? []),
    }) as Schema;
  }
  return schema;
}
