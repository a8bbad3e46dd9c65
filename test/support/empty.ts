// Stands in for `server-only` under Vitest (see vitest.config.ts). The real package throws
// unless the `react-server` export condition is set; tests run the server code directly.
export {};
