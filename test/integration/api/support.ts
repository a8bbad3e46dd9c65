// Helpers for the cross-cutting API tests: the error-body contract and log capture.
import { expect, vi } from 'vitest';
import type { ErrorCode } from '@/lib/errors/app-error';

/** Asserts the status and the error body every failing API request must answer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- callRoute returns arbitrary JSON
export function expectErrorBody(res: { status: number; body: any; headers: Headers }, status: number, code: ErrorCode): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(Object.keys(res.body)).toEqual(['error']);
  const { error } = res.body;
  expect(error.code).toBe(code);
  expect(error.message).toEqual(expect.any(String));
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.requestId).toEqual(expect.any(String));
  expect(res.headers.get('x-request-id')).toBe(error.requestId);
  if (code === 'invalid') expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues ?? []) {
    expect(issue).toEqual({ path: expect.any(String), message: expect.any(String), ...(issue.code ? { code: expect.any(String) } : {}), ...(issue.params ? { params: expect.any(Object) } : {}) });
  }
}

/**
 * Runs fn while collecting what is written to stdout and stderr, one entry per JSON line
 * (the logger writes one object per line). Other output passes through untouched.
 */
export async function captureOutput<T>(fn: () => Promise<T>): Promise<{ result: T; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const spy = (stream: NodeJS.WriteStream, into: string[]) => {
    const original = stream.write.bind(stream);
    return vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      const lines = text.split('\n').filter((l) => l.startsWith('{'));
      if (lines.length) {
        into.push(...lines);
        return true;
      }
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write);
  };
  const out = spy(process.stdout, stdout);
  const err = spy(process.stderr, stderr);
  try {
    return { result: await fn(), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
