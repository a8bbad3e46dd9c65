// Whether an error means "the database cannot be reached right now" (a restart, a failover, a
// full pool) rather than a bug: such a request is answered 503 `unavailable` with Retry-After
// (lib/api/errors.ts), never 500, and the app recovers by itself when the database returns.
// One place for every shape these errors take on their way up:
//   - node-postgres / the socket: ECONNREFUSED, ECONNRESET, ETIMEDOUT, "Connection terminated";
//     pg-pool's "timeout exceeded when trying to connect" (a pool that cannot get a connection);
//   - PostgreSQL itself: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now,
//     53300 too_many_connections, class 08 (connection exceptions);
//   - Prisma: P1001 (cannot reach), P1002 (timed out), P1017 (server closed the connection),
//     P2024 (pool timeout), and its driver adapter errors (`meta.driverAdapterError.cause`:
//     kind DatabaseNotReachable, ConnectionClosed, SocketTimeout, TooManyConnections, or kind
//     postgres with one of the SQLSTATEs above), initialization errors.

/** Seconds a client is asked to wait before retrying while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /Can't reach database server/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
];

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
  originalCode?: unknown;
  meta?: { driverAdapterError?: unknown };
  errors?: unknown;
}

const isSqlState = (code: unknown) => typeof code === 'string' && (SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code));

function matches(e: ErrorLike): boolean {
  if (typeof e.code === 'string' && (SOCKET_CODES.has(e.code) || PRISMA_CODES.has(e.code) || isSqlState(e.code))) return true;
  if (isSqlState(e.originalCode)) return true;
  if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
  if (e.name === 'PrismaClientInitializationError') return true;
  return typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string));
}

/** True when `e` (or anything it wraps) says the database is unreachable for now. */
export function isDatabaseUnavailable(e: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [e];
  while (queue.length) {
    const x = queue.shift();
    if (!x || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    const err = x as ErrorLike;
    if (matches(err)) return true;
    queue.push(err.cause, err.meta?.driverAdapterError);
    // AggregateError (a connect to several addresses, e.g. localhost as ::1 and 127.0.0.1).
    if (Array.isArray(err.errors)) queue.push(...err.errors);
  }
  return false;
}
