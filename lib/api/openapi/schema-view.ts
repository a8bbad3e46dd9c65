// Turns one JSON Schema node (as zod-openapi renders it for OpenAPI 3.1) into what a person
// needs to read: a short type label, whether null is allowed, enum values, constraints, and
// the children to expand. The /api-docs schema tree renders these recursively.
import type { oas31 } from 'zod-openapi';
import type { OpenApiDocument } from './document.ts';
import { isRef, refName, resolve, type SchemaLike } from './read-document.ts';

export interface SchemaChild {
  name: string;
  required: boolean;
  schema: SchemaLike;
}

export interface SchemaView {
  /** e.g. "string", "integer", "User", "array<User>", "object". */
  type: string;
  /** The component behind a $ref, used to stop expanding recursive schemas. */
  ref: string | null;
  nullable: boolean;
  description: string | undefined;
  enumValues: unknown[] | undefined;
  /** JSON Schema keywords worth showing, e.g. ["format: email", "maxLength: 254"]. */
  constraints: string[];
  properties: SchemaChild[];
  /** For arrays: the item schema, shown as the array's children. */
  items: SchemaLike | undefined;
  /** For unions (anyOf/oneOf without the null branch). */
  variants: SchemaLike[];
  variantKind: 'oneOf' | 'anyOf' | 'allOf' | null;
}

const shownKeywords = ['format', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'default', 'const'] as const;

function isNullSchema(s: SchemaLike): boolean {
  return !isRef(s) && (s.type === 'null' || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'null'));
}

function shortType(doc: OpenApiDocument, s: SchemaLike | undefined): string {
  if (!s) return 'any';
  if (isRef(s)) return refName(s.$ref);
  if (s.type === 'array') return `array<${shortType(doc, s.items as SchemaLike | undefined)}>`;
  const types = (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []).filter((t) => t !== 'null');
  if (types.length) return types.join(' | ');
  const union = s.oneOf ?? s.anyOf;
  if (union) return union.filter((v) => !isNullSchema(v)).map((v) => shortType(doc, v)).join(' | ') || 'null';
  if (s.properties) return 'object';
  if (s.enum) return typeof s.enum[0];
  return 'any';
}

export function viewSchema(doc: OpenApiDocument, input: SchemaLike): SchemaView {
  const ref = isRef(input) ? refName(input.$ref) : null;
  let s: oas31.SchemaObject = resolve<oas31.SchemaObject>(doc, input) ?? {};
  let nullable = Array.isArray(s.type) && s.type.includes('null');

  // zod renders `.nullable()` as anyOf [X, {type: null}]: show X, marked nullable.
  const union = s.oneOf ?? s.anyOf;
  const nonNull = union?.filter((v) => !isNullSchema(v));
  if (union && nonNull && nonNull.length < union.length) nullable = true;
  if (union && nonNull?.length === 1 && nonNull[0] && !s.properties) {
    const inner = viewSchema(doc, nonNull[0]);
    return { ...inner, nullable: true, description: s.description ?? inner.description };
  }

  if (s.allOf?.length === 1 && s.allOf[0] && !s.properties) s = { ...(resolve<oas31.SchemaObject>(doc, s.allOf[0]) ?? {}), ...s };

  const constraints: string[] = [];
  for (const k of shownKeywords) {
    const v = (s as Record<string, unknown>)[k];
    if (v !== undefined && !(k === 'minimum' && v === Number.MIN_SAFE_INTEGER) && !(k === 'maximum' && v === Number.MAX_SAFE_INTEGER)) {
      constraints.push(`${k}: ${JSON.stringify(v)}`);
    }
  }
  // A pattern that only restates the format (zod adds one for email, uuid, date-time) is noise.
  if (s.pattern && !s.format) constraints.push(`pattern: ${s.pattern}`);

  const required = new Set(s.required ?? []);
  const properties = Object.entries(s.properties ?? {}).map(([name, schema]) => ({ name, required: required.has(name), schema }));
  const variantKind = s.oneOf ? 'oneOf' : s.anyOf ? 'anyOf' : s.allOf && s.allOf.length > 1 ? 'allOf' : null;

  return {
    type: ref ?? shortType(doc, s),
    ref,
    nullable,
    description: s.description,
    enumValues: s.enum,
    constraints,
    properties,
    items: s.type === 'array' ? (s.items as SchemaLike | undefined) : undefined,
    variants: (nonNull ?? s.allOf ?? []).filter(() => variantKind !== null),
    variantKind,
  };
}

/** Whether a node has anything to expand (so it renders as a disclosure, not a plain row). */
export function hasChildren(doc: OpenApiDocument, view: SchemaView): boolean {
  if (view.properties.length > 0 || view.variants.length > 0) return true;
  if (!view.items) return false;
  // array<string> says it all; expand arrays of objects, unions or enums.
  const item = viewSchema(doc, view.items);
  return hasChildren(doc, item) || item.enumValues !== undefined;
}
