// GET /api/v1/openapi.json: public, JSON, built once per process, and the same document the
// /api-docs page renders.
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/openapi.json/route';
import { getOpenApiDocument } from '@/lib/api/openapi/document';
import { callRoute } from '../../support/actors.ts';

describe('GET /api/v1/openapi.json', () => {
  it('answers the OpenAPI 3.1 document without credentials', async () => {
    const res = await callRoute(GET, { path: '/api/v1/openapi.json' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('cache-control')).toContain('max-age');
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.info.title).toBe('Firebreak');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/v1/services', '/api/v1/me', '/api/v1/openapi.json']));
  });

  it('serves the document the page renders, built once per process', async () => {
    const res = await callRoute(GET, {});
    expect(res.body).toEqual(JSON.parse(JSON.stringify(getOpenApiDocument())));
    expect(getOpenApiDocument()).toBe(getOpenApiDocument());
  });

  it('ignores an invalid token rather than refusing a public document', async () => {
    const res = await callRoute(GET, { headers: { authorization: 'Bearer nonsense' } });
    expect(res.status).toBe(200);
  });
});
