import 'server-only';
// Maps anything thrown while serving a request to the JSON error body and status the API
// promises: {"error": {"code", "message", "issues"?, "requestId"}}. Unknown errors are
// logged with the request id and answered with a generic message, never a stack trace. A
// database that cannot be reached is 503 `unavailable` with Retry-After (database-unavailable.ts).
import { z } from 'zod';
import { AppError, type ErrorCode } from '../errors/app-error.ts';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../errors/database-unavailable.ts';
import { zodIssues } from '../errors/from-zod.ts';
import { httpStatusByCode } from '../errors/http-status.ts';
import { logger } from '../log/logger.ts';

interface PrismaLikeError {
  code?: string;
  meta?: { target?: unknown; modelName?: string; driverAdapterError?: unknown };
}

export function toAppError(e: unknown, requestId: string): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof z.ZodError) {
    return new AppError('invalid', 'Some fields are not valid.', { issues: zodIssues(e) });
  }
  if (isDatabaseUnavailable(e)) {
    logger.warn('database unavailable', { requestId, error: e instanceof Error ? e.message : String(e) });
    return new AppError('unavailable', 'The database is unavailable for a moment; try again shortly.', { retryAfter: DATABASE_RETRY_AFTER_SECONDS });
  }
  const p = e as PrismaLikeError;
  if (p && typeof p === 'object' && typeof p.code === 'string') {
    if (p.code === 'P2002') return new AppError('conflict', 'Something with the same unique value already exists.');
    if (p.code === 'P2025') return new AppError('not_found', 'The record was not found.');
    if (p.code === 'P2003') return new AppError('conflict', 'This refers to, or is referred to by, another record.');
  }
  logger.error('unhandled error', { requestId, error: e });
  return new AppError('internal', `Something went wrong on our side. Quote request id ${requestId} when reporting it.`);
}

export function errorResponse(err: AppError, requestId: string): Response {
  const body = {
    error: {
      code: err.code,
      message: err.message,
      ...(err.issues ? { issues: err.issues } : {}),
      ...(err.details ? err.details : {}),
      requestId,
    },
  };
  const headers: Record<string, string> = { 'x-request-id': requestId };
  if (err.retryAfter) headers['retry-after'] = String(err.retryAfter);
  return Response.json(body, { status: httpStatusByCode[err.code as ErrorCode], headers });
}
