// The generated OpenAPI document is what API clients and /api-docs rely on: it must be valid
// OpenAPI 3.1, describe every route that exists with the role the route really requires, and
// promise the error responses the route wrapper really produces.
import fs from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import type { oas31 } from 'zod-openapi';
import { buildOpenApiDocument } from '@/lib/api/openapi/document';
import { isRef, listOperations, parametersOf, resolve } from '@/lib/api/openapi/read-document';
import { errorCodes } from '@/lib/errors/app-error';
import pkg from '@/package.json';

const doc = buildOpenApiDocument();
const v1 = listOperations(doc).filter((o) => o.path.startsWith('/api/v1/'));
const label = (o: { method: string; path: string }) => `${o.method.toUpperCase()} ${o.path}`;

describe('OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator();
    // A deep copy: the validator may annotate the object it is given.
    const res = await validator.validate(JSON.parse(JSON.stringify(doc)));
    expect(res.errors ?? []).toEqual([]);
    expect(res.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('names the product, its version and both ways to authenticate', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Firebreak', version: pkg.version });
    expect(doc.servers).toEqual([{ url: '/' }]);
    expect(doc.components?.securitySchemes).toMatchObject({
      bearerAuth: { type: 'http', scheme: 'bearer' },
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' },
    });
  });

  it('documents the error body with every error code the API can answer', () => {
    const body = resolve<oas31.SchemaObject>(doc, { $ref: '#/components/schemas/ErrorBody' });
    const error = body?.properties?.error as oas31.SchemaObject;
    expect(error.required).toEqual(expect.arrayContaining(['code', 'message', 'requestId']));
    expect((error.properties?.code as oas31.SchemaObject).enum).toEqual([...errorCodes]);
  });

  it('has the domain endpoints', () => {
    const paths = Object.keys(doc.paths ?? {});
    for (const p of ['/api/v1/services', '/api/v1/teams', '/api/v1/users', '/api/v1/tokens', '/api/v1/audit', '/api/v1/me', '/api/health', '/api/v1/openapi.json']) {
      expect(paths).toContain(p);
    }
  });

  it('secures every /api/v1 operation that is not public, and says which role it needs', () => {
    expect(v1.length).toBeGreaterThan(5);
    for (const o of v1) {
      const security = o.operation.security;
      expect(security, label(o)).toBeDefined();
      expect(o.role, `${label(o)} x-required-role`).toMatch(/^(public|viewer|responder|admin)$/);
      if (o.role === 'public') {
        expect(security, label(o)).toEqual([]);
      } else {
        expect(security, label(o)).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
        expect(o.operation.description, label(o)).toContain(`Requires role: ${o.role}.`);
      }
    }
  });

  it('gives every /api/v1 operation the error responses the route wrapper can produce', () => {
    for (const o of v1) {
      const responses = o.operation.responses ?? {};
      const statuses = Object.keys(responses);
      const expected = ['500'];
      if (o.role !== 'public') expected.push('401', '403');
      if (o.operation.requestBody) expected.push('400', '413', '415', '422');
      if (parametersOf(doc, o.operation).some((p) => p.in === 'path')) expected.push('404', '422');
      expect(statuses, label(o)).toEqual(expect.arrayContaining(expected));
      expect(statuses.some((s) => /^2\d\d$/.test(s)), `${label(o)} has a success response`).toBe(true);
      for (const s of statuses.filter((x) => /^[45]/.test(x))) {
        const r = responses[s];
        expect(isRef(r), `${label(o)} ${s} uses a shared error response`).toBe(true);
        const resolved = resolve<oas31.ResponseObject>(doc, r as oas31.ReferenceObject);
        expect(resolved?.content?.['application/json']?.schema, `${label(o)} ${s}`).toEqual({ $ref: '#/components/schemas/ErrorBody' });
      }
    }
  });

  it('declares each {parameter} of a path template, and no other path parameter', () => {
    for (const o of listOperations(doc)) {
      const inTemplate = [...o.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = parametersOf(doc, o.operation).filter((p) => p.in === 'path');
      expect(declared.map((p) => p.name).sort(), label(o)).toEqual(inTemplate);
      for (const p of declared) expect(p.required, `${label(o)} ${p.name}`).toBe(true);
      expect(o.path, 'OpenAPI templates use {braces}, not [brackets]').not.toMatch(/\[/);
    }
  });

  it('has a summary and a tag on every operation, and unique operation ids', () => {
    const ids = listOperations(doc).map((o) => o.operation.operationId).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of listOperations(doc)) {
      expect(o.operation.summary, label(o)).toBeTruthy();
      expect(o.operation.tags?.length, label(o)).toBeGreaterThan(0);
    }
  });
});

describe('OpenAPI document against the route files', () => {
  const apiDir = path.join(process.cwd(), 'app', 'api', 'v1');
  const routeFiles = (fs.readdirSync(apiDir, { recursive: true }) as string[]).filter((f) => f.endsWith('route.ts'));
  const exported: string[] = [];
  const routes = routeFiles.flatMap((file) => {
    const source = fs.readFileSync(path.join(apiDir, file), 'utf8');
    for (const m of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) exported.push(`${m[1]} ${file}`);
    const template = `/api/v1/${path.dirname(file).split(path.sep).join('/')}`.replace(/\[(\w+)\]/g, '{$1}');
    return [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE) = apiRoute\(\s*\{\s*role: '(\w+)'/g)].map((m) => ({
      method: (m[1] ?? '').toLowerCase(),
      path: template,
      role: m[2],
    }));
  });

  it('finds the route handlers (the scan itself works)', () => {
    expect(routes.length).toBeGreaterThan(5);
    expect(routes).toContainEqual({ method: 'get', path: '/api/v1/openapi.json', role: 'public' });
  });

  it('wraps every handler in apiRoute() (auth, errors, request id and logging come from it)', () => {
    expect(routes.length).toBe(exported.length);
  });

  it('documents every route handler, with the role the handler requires', () => {
    for (const r of routes) {
      const documented = v1.find((o) => o.method === r.method && o.path === r.path);
      expect(documented, `${label(r)} is in the OpenAPI document`).toBeDefined();
      expect(documented?.role, `${label(r)} role`).toBe(r.role);
    }
  });

  it('documents no /api/v1 operation that has no handler', () => {
    for (const o of v1) {
      expect(routes.some((r) => r.method === o.method && r.path === o.path), `${label(o)} has a route handler`).toBe(true);
    }
  });
});
