// Reading the generated OpenAPI document for display (the /api-docs page): operations
// grouped by tag, $refs resolved, the role each operation needs. Pure functions over JSON, so
// they are unit-tested and never need the zod schemas.
import type { oas31 } from 'zod-openapi';
import { httpMethods, type OpenApiDocument } from './document.ts';

export type SchemaLike = oas31.SchemaObject | oas31.ReferenceObject;
export type HttpMethod = (typeof httpMethods)[number];

export interface OperationView {
  id: string;
  method: HttpMethod;
  path: string;
  operation: oas31.OperationObject;
  /** 'public', a role name, or null when the operation does not say. */
  role: string | null;
}

export interface TagGroup {
  tag: string;
  operations: OperationView[];
}

export function isRef(x: unknown): x is oas31.ReferenceObject {
  return !!x && typeof x === 'object' && typeof (x as { $ref?: unknown }).$ref === 'string';
}

/** The component name of a local $ref ("#/components/schemas/User" → "User"). */
export function refName(ref: string): string {
  return decodeURIComponent(ref.slice(ref.lastIndexOf('/') + 1)).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Follows local $refs (a few hops at most, in case a component points at another). */
export function resolve<T>(doc: OpenApiDocument, value: T | oas31.ReferenceObject): T | undefined {
  let current: unknown = value;
  for (let hops = 0; hops < 5 && isRef(current); hops++) {
    const parts = current.$ref.replace(/^#\//, '').split('/').map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'));
    current = parts.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc);
  }
  return isRef(current) ? undefined : (current as T | undefined);
}

export function roleOf(operation: oas31.OperationObject): string | null {
  const declared = (operation as Record<string, unknown>)['x-required-role'];
  if (typeof declared === 'string') return declared;
  const said = /Requires role: (\w+)/.exec(operation.description ?? '');
  if (said?.[1]) return said[1];
  if (Array.isArray(operation.security) && operation.security.length === 0) return 'public';
  return null;
}

/** A stable HTML id for an operation, e.g. "get-api-v1-services-slug". */
export function operationAnchor(method: string, path: string): string {
  return `${method}-${path}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function listOperations(doc: OpenApiDocument): OperationView[] {
  const out: OperationView[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = item?.[method];
      if (!operation) continue;
      out.push({ id: operationAnchor(method, path), method, path, operation, role: roleOf(operation) });
    }
  }
  return out;
}

/** Operations by tag, tags in the document's order; untagged ones last under `otherTag`. */
export function groupByTag(doc: OpenApiDocument, otherTag = 'Other'): TagGroup[] {
  const groups = new Map<string, OperationView[]>();
  for (const t of doc.tags ?? []) groups.set(t.name, []);
  for (const view of listOperations(doc)) {
    const tag = view.operation.tags?.[0] ?? otherTag;
    if (!groups.has(tag)) groups.set(tag, []);
    groups.get(tag)?.push(view);
  }
  return [...groups].filter(([, ops]) => ops.length > 0).map(([tag, operations]) => ({ tag, operations }));
}

export function parametersOf(doc: OpenApiDocument, operation: oas31.OperationObject): oas31.ParameterObject[] {
  return (operation.parameters ?? []).map((p) => resolve<oas31.ParameterObject>(doc, p)).filter((p): p is oas31.ParameterObject => !!p);
}

export function jsonSchemaOf(content: oas31.ContentObject | undefined): SchemaLike | undefined {
  if (!content) return undefined;
  const media = content['application/json'] ?? Object.values(content)[0];
  return media?.schema;
}

export interface ResponseView {
  status: string;
  description: string;
  schema: SchemaLike | undefined;
  /** The shared response component (e.g. "NotFound"), for the shared error responses. */
  component: string | null;
}

export function responsesOf(doc: OpenApiDocument, operation: oas31.OperationObject): ResponseView[] {
  return Object.entries(operation.responses ?? {}).map(([status, r]) => {
    const resolved = resolve<oas31.ResponseObject>(doc, r as oas31.ResponseObject | oas31.ReferenceObject);
    return {
      status,
      description: resolved?.description ?? '',
      schema: jsonSchemaOf(resolved?.content),
      component: isRef(r) ? refName(r.$ref) : null,
    };
  });
}

/** The description without the role sentence, which the page shows as a badge instead. */
export function descriptionText(operation: oas31.OperationObject): string {
  return (operation.description ?? '').replace(/\n*(Requires role: \w+\.|Public: no authentication needed\.)\s*$/, '').trim();
}
