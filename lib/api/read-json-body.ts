import 'server-only';
import { AppError } from '../errors/app-error.ts';

/** Reads a JSON request body with the checks the API promises: 415, 413, 400. */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  return parseJsonText(await readJsonText(req, maxBytes));
}

/** The body as text, after the content-type (415) and size (413) checks. */
export async function readJsonText(req: Request, maxBytes: number): Promise<string> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json' && !type?.endsWith('+json')) {
    throw new AppError('unsupported_media_type', `Send the body as JSON with "Content-Type: application/json" (got "${type || 'none'}").`);
  }
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new AppError('payload_too_large', `The body is ${declared} bytes; the limit is ${maxBytes}.`);
  }
  if (!req.body) throw new AppError('bad_request', 'The request has no body; send a JSON object.');
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError('payload_too_large', `The body is larger than the limit of ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body's text (400 when empty or not JSON). */
export function parseJsonText(text: string): unknown {
  if (!text.trim()) throw new AppError('bad_request', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AppError('bad_request', `The body is not valid JSON: ${(e as Error).message}`);
  }
}
