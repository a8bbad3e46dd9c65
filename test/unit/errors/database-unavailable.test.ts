// Which errors mean "the database is unreachable for now" (503 unavailable), in the shapes
// they really arrive in: the Prisma errors below are the ones a stopped PostgreSQL produced.
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '@/lib/errors/database-unavailable';

const prisma = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error(`Invalid invocation: ${code}`), { name: 'PrismaClientKnownRequestError', code, meta: { driverAdapterError: { name: 'DriverAdapterError', cause } } });

describe('isDatabaseUnavailable', () => {
  it('recognises a stopped or restarting PostgreSQL behind Prisma', () => {
    expect(isDatabaseUnavailable(prisma('P2010', { kind: 'postgres', code: '57P01', originalCode: '57P01', message: 'terminating connection due to administrator command' }))).toBe(true);
    expect(isDatabaseUnavailable(prisma('P2010', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }))).toBe(true);
    expect(isDatabaseUnavailable(prisma('P1001', { kind: 'DatabaseNotReachable' }))).toBe(true);
    expect(isDatabaseUnavailable(prisma('P2010', { kind: 'postgres', code: '57P03', message: 'the database system is starting up' }))).toBe(true);
    expect(isDatabaseUnavailable(prisma('P2010', { kind: 'postgres', code: '08006' }))).toBe(true);
    expect(isDatabaseUnavailable(prisma('P2010', { kind: 'ConnectionClosed' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('Timed out fetching a new connection from the connection pool'), { code: 'P2024' }))).toBe(true);
  });

  it('recognises node-postgres and socket errors, however deeply wrapped', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: new Error('Connection terminated unexpectedly') }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], 'connect failed'))).toBe(true);
  });

  it('leaves bugs and expected failures alone', () => {
    expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(prisma('P2002', { kind: 'UniqueConstraintViolation' }))).toBe(false);
    expect(isDatabaseUnavailable(prisma('P2010', { kind: 'postgres', code: '42601', message: 'syntax error' }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
