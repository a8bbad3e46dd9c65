// What the server answers to requests Node itself refuses: a Node process started with the
// server's own options (scripts/lib/server-options.ts, as scripts/start.ts starts Next.js).
// A 20,000-character search URL reaches the application (which answers 422 naming `q`, see
// test/integration/api/errors.integration-test.ts); one over the raised limit gets the JSON
// error body with 431 instead of Node's bare status line.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HTTP_HEADER_BYTES, serverNodeOptions } from '../../../scripts/lib/server-options.ts';

let child: ChildProcess;
let port: number;

beforeAll(async () => {
  const program = `
    const http = require('node:http');
    const server = http.createServer((req, res) => { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ urlLength: req.url.length })); });
    server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;
  child = spawn(process.execPath, ['-e', program], { env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', NODE_OPTIONS: serverNodeOptions(undefined) }, stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}, 30_000);

afterAll(() => {
  child?.kill();
});

/** A raw HTTP exchange: Node's fetch refuses to send some of what this test needs to send. */
function exchange(request: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    let data = '';
    socket.on('data', (d) => (data += d.toString()));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), headers: head, body });
    });
  });
}

describe('oversized and malformed requests', () => {
  it('lets a 20,000-character search URL through to the application', async () => {
    const q = 'x'.repeat(20_000);
    const res = await exchange(`GET /api/v1/search?q=${q} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ urlLength: `/api/v1/search?q=${q}`.length });
  });

  it('answers a request over the header limit with 431 and the JSON error body', async () => {
    const res = await exchange(`GET /api/v1/search?q=${'y'.repeat(MAX_HTTP_HEADER_BYTES + 1000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.headers).toMatch(/content-type: application\/json/i);
    const body = JSON.parse(res.body) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe('payload_too_large');
    expect(body.error.message).toContain('too large');
    expect(body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a request it cannot parse with 400 and the JSON error body', async () => {
    const res = await exchange('NONSENSE\r\n\r\n');
    expect(res.status).toBe(400);
    expect((JSON.parse(res.body) as { error: { code: string } }).error.code).toBe('bad_request');
  });
});
