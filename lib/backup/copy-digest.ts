// A pass-through stream that hashes COPY text data and counts its rows on the way. In COPY's
// text format every row ends with a newline and newlines inside values are escaped, so the
// number of newline bytes is the number of rows.
import crypto from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

export class CopyDigest extends Transform {
  private readonly hash = crypto.createHash('sha256');
  rows = 0;
  bytes = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.rows++;
    done(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}
