// Runs in each integration test file before its tests (vitest `setupFiles`).
import { afterAll, inject } from 'vitest';
import { closeTestDb } from './db.ts';

// Code under test that reaches for getDb() connects to the test database.
process.env.DATABASE_URL = inject('databaseUrl');

afterAll(async () => {
  await closeTestDb();
});
