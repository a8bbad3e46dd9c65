import 'server-only';
// Reading an export file as a stream of records. The export writes one record per line (see
// export-workspace.ts), so a file it wrote is read line by line with flat memory; a document
// reformatted by another tool (still valid JSON) is parsed whole, up to 256 MB.
import fs from 'node:fs';
import readline from 'node:readline';
import { AppError } from '../errors/app-error.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './collections.ts';

export type ExportEvent = { kind: 'header'; header: Record<string, unknown> } | { kind: 'record'; key: string; record: Record<string, unknown> };

const WHOLE_LIMIT = 256 * 1024 * 1024;

function checkHeader(file: string, header: Record<string, unknown>): void {
  if (header.format !== EXPORT_FORMAT) throw new AppError('invalid', `${file} is not a Firebreak export (its "format" is not "${EXPORT_FORMAT}").`);
  if (header.version !== EXPORT_VERSION) throw new AppError('invalid', `${file} is a Firebreak export of version ${String(header.version)}; this Firebreak reads version ${EXPORT_VERSION}.`);
}

export async function* readExport(file: string): AsyncGenerator<ExportEvent> {
  if (!fs.existsSync(file)) throw new AppError('not_found', `There is no export file ${file}.`);
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let key: string | null = null;
  let first = true;
  let lineNo = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = raw.trim();
      if (first) {
        first = false;
        if (!line.startsWith('{"format"') || !line.endsWith(',')) {
          lines.close();
          yield* readWhole(file);
          return;
        }
        const header = JSON.parse(`${line.slice(0, -1)}}`) as Record<string, unknown>;
        checkHeader(file, header);
        yield { kind: 'header', header };
        continue;
      }
      const open = /^"(\w+)":\[$/.exec(line);
      if (open) {
        key = open[1]!;
        continue;
      }
      if (line === ']' || line === '],' || line === '}' || line === '') {
        if (line !== '') key = null;
        continue;
      }
      if (!key) throw new AppError('invalid', `${file}, line ${lineNo}: a record outside any collection.`);
      yield { kind: 'record', key, record: JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as Record<string, unknown> };
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('invalid', `${file}, line ${lineNo}: ${(e as Error).message}`);
  }
}

async function* readWhole(file: string): AsyncGenerator<ExportEvent> {
  if (fs.statSync(file).size > WHOLE_LIMIT) throw new AppError('invalid', `${file} is not laid out as Firebreak writes exports (one record per line) and is too large to read whole.`);
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new AppError('invalid', `${file} is not valid JSON: ${(e as Error).message}`);
  }
  checkHeader(file, doc);
  yield { kind: 'header', header: Object.fromEntries(Object.entries(doc).filter(([, v]) => !Array.isArray(v))) };
  for (const [key, value] of Object.entries(doc)) {
    if (Array.isArray(value)) for (const record of value) yield { kind: 'record', key, record: record as Record<string, unknown> };
  }
}
