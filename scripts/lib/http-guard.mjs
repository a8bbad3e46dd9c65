// Preloaded into the Next.js server process by scripts/start.ts (NODE_OPTIONS `--import`).
// A request Node refuses before any route sees it (request line and headers over
// --max-http-header-size: 431; a request it cannot parse: 400) is answered with the API's
// JSON error body {"error": {"code", "message", "requestId"}} instead of Node's bare status
// line. The limit itself is raised (scripts/lib/server-options.ts) so that a long search URL
// reaches its route and is refused there, naming the parameter.
import { randomUUID } from 'node:crypto';
import http from 'node:http';

const MARK = Symbol.for('firebreak.httpGuard');

/** The 'clientError' listener: JSON for what Node refuses itself. */
export function answerClientError(err, socket) {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const requestId = randomUUID();
  const body = JSON.stringify({
    error: tooLarge
      ? { code: 'payload_too_large', message: 'The request line and headers are too large (over 64 KB): shorten the URL, or send the data in a POST body.', requestId }
      : { code: 'bad_request', message: 'The request could not be read as HTTP.', requestId },
  });
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Request-Id: ${requestId}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

if (!globalThis[MARK]) {
  globalThis[MARK] = true;
  const createServer = http.createServer;
  http.createServer = function patchedCreateServer(...args) {
    const server = createServer.apply(this, args);
    server.on('clientError', answerClientError);
    return server;
  };
}
