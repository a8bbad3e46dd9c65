// The browser's calls to the incidents API. Errors come back as ApiError with the server's
// code, message, field issues and extra details (error.current on a 409), so components can
// show a conflict panel or messages next to fields rather than a generic failure.
import type { ErrorIssue } from '@/lib/errors/app-error';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ErrorIssue[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A network failure (offline, DNS, reset): nothing reached the server, or no answer came. */
export function isNetworkError(e: unknown): boolean {
  return e instanceof TypeError || (e instanceof DOMException && e.name === 'AbortError');
}

interface ErrorBody {
  error?: { code?: string; message?: string; issues?: ErrorIssue[]; requestId?: string } & Record<string, unknown>;
}

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? 'GET',
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    /* a proxy's HTML error page: keep the status */
  }
  if (!res.ok) {
    const err = (json as ErrorBody | null)?.error ?? {};
    const { code, message, issues, requestId: _r, ...details } = err;
    throw new ApiError(res.status, code ?? 'internal', message ?? res.statusText, issues ?? [], details);
  }
  return json as T;
}

export const incidentPath = (ref: string) => `/api/v1/incidents/${encodeURIComponent(ref)}`;
