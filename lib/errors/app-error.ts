// The one error type domain code throws for expected failures. Its code decides the HTTP
// status (see ./http-status.ts); its message is safe to show to the person who asked.

export const errorCodes = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'invalid',
  'rate_limited',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorIssue {
  path: string;
  message: string;
  code?: string;
  /** What the browser needs to say it in the reader's language (e.g. minimum, format, slug). */
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;
  /** Extra, client-safe details (for example the current state on a version conflict). */
  readonly details: Record<string, unknown> | undefined;
  /** Seconds to wait before retrying, for rate_limited and unavailable (sent as Retry-After). */
  readonly retryAfter: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { issues?: ErrorIssue[]; details?: Record<string, unknown>; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = extra.issues;
    this.details = extra.details;
    this.retryAfter = extra.retryAfter;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found.`);
export const forbidden = (message = 'You do not have permission to do this.') => new AppError('forbidden', message);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError('conflict', message, details ? { details } : {});

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
