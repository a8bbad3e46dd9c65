// Node options of the Next.js server process (scripts/start.ts), in one place so that the
// test of what the server answers to oversized requests starts Node exactly the same way.
import { fileURLToPath } from 'node:url';

/** Request line + headers Node accepts (its default is 16 KB; a pasted log line in a search URL is longer). */
export const MAX_HTTP_HEADER_BYTES = 65_536;

const guard = fileURLToPath(new URL('./http-guard.mjs', import.meta.url));

/** NODE_OPTIONS for the server: the header limit, and the JSON answer for what is still over it. */
export function serverNodeOptions(existing: string | undefined): string {
  return [existing, `--max-http-header-size=${MAX_HTTP_HEADER_BYTES}`, `--import="${guard}"`].filter(Boolean).join(' ');
}
