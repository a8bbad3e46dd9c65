// The one browser API client: every call from the browser to /api/v1 goes through apiFetch
// (components, TanStack Query hooks and the offline outbox alike), so an error always comes
// back the same way: an ApiError with the server's code, field issues and extra details
// (error.current on a 409), which the error presenter (./error-presenter.ts) turns into the
// reader's language. A network failure or a timeout stays a network error (isNetworkError),
// so callers can tell "nothing reached the server" from "the server said no".
import type { ErrorIssue } from '@/lib/errors/app-error';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ErrorIssue[] = [],
    readonly details: Record<string, unknown> = {},
    readonly requestId: string | undefined = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A network failure (offline, DNS, reset, timeout): nothing reached the server, or no answer came. */
export function isNetworkError(e: unknown): boolean {
  return e instanceof TypeError || (e instanceof DOMException && (e.name === 'AbortError' || e.name === 'TimeoutError'));
}

interface ErrorBody {
  error?: { code?: string; message?: string; issues?: ErrorIssue[]; requestId?: string } & Record<string, unknown>;
}

export interface ApiRequestInit {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Give up after this long (counts as a network error). */
  timeoutMs?: number;
  /** Another fetch (tests, the outbox's injected sender). */
  fetch?: typeof fetch;
}

export async function apiFetch<T>(path: string, init: ApiRequestInit = {}): Promise<T> {
  const doFetch = init.fetch ?? fetch;
  const signals = [init.signal, init.timeoutMs ? AbortSignal.timeout(init.timeoutMs) : undefined].filter((s): s is AbortSignal => !!s);
  const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
  const res = await doFetch(path, {
    method: init.method ?? 'GET',
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    ...(signal ? { signal } : {}),
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
    const { code, message, issues, requestId, ...details } = err;
    throw new ApiError(res.status, code ?? codeForStatus(res.status), message ?? res.statusText, issues ?? [], details, requestId);
  }
  return json as T;
}

/** A status without our JSON body (a proxy, a load balancer) still gets a code the presenter knows. */
function codeForStatus(status: number): string {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 422) return 'invalid';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  return status >= 500 ? 'internal' : 'bad_request';
}

export const incidentPath = (ref: string) => `/api/v1/incidents/${encodeURIComponent(ref)}`;
