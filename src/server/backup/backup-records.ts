/**
 * The payload of a backup: records, each a JSON line, followed by the raw bytes or the lines
 * the record announces. The reader takes them back from the decompressed stream.
 */
import { AppError } from '../../core/errors.js';
import type { PayloadSink } from './backup-file.js';

export type BackupRecord =
  /** First record: what was backed up. */
  | { kind: 'manifest'; format: 'upr-advocate-backup'; engine: 'sqlite' | 'postgres'; migrations: string[]; app: string }
  /** A file of the data folder (the instance secret), followed by `bytes` raw bytes. */
  | { kind: 'file'; name: string; bytes: number }
  /** The SQLite database file, followed by `bytes` raw bytes. */
  | { kind: 'sqlite'; bytes: number }
  /** A PostgreSQL table, followed by `rows` lines of row_to_json text. */
  | { kind: 'table'; name: string; rows: number }
  /** Last record: a payload without it was cut short. */
  | { kind: 'end'; records: number };

export async function writeRecord(sink: PayloadSink, record: BackupRecord): Promise<void> {
  await sink(Buffer.from(`${JSON.stringify(record)}\n`, 'utf8'));
}

const damaged = (detail: string) => new AppError('validation', `the backup file is corrupted: ${detail}.`, { reason: 'corrupted' });

export class RecordReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    let next: IteratorResult<Buffer>;
    try {
      next = await this.source.next();
    } catch (error) {
      throw damaged((error as Error).message);
    }
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, next.value]) : next.value;
    return true;
  }

  /** The next line (without its newline), or null at the end of the payload. */
  async line(): Promise<string | null> {
    for (;;) {
      const end = this.buffer.indexOf(10);
      if (end >= 0) {
        const text = this.buffer.subarray(0, end).toString('utf8');
        this.buffer = this.buffer.subarray(end + 1);
        return text;
      }
      if (!(await this.fill())) {
        if (this.buffer.length) throw damaged('the last line is incomplete');
        return null;
      }
    }
  }

  async record(): Promise<BackupRecord> {
    const text = await this.line();
    if (text === null) throw damaged('it ends before its last record');
    try {
      return JSON.parse(text) as BackupRecord;
    } catch {
      throw damaged('a record is not readable');
    }
  }

  /** Passes exactly `count` raw bytes to `sink`, then skips the newline after them. */
  async bytes(count: number, sink: (chunk: Buffer) => Promise<void> | void): Promise<void> {
    let left = count;
    while (left > 0) {
      if (!this.buffer.length && !(await this.fill())) throw damaged('a file inside it is cut short');
      const take = this.buffer.subarray(0, Math.min(left, this.buffer.length));
      this.buffer = this.buffer.subarray(take.length);
      left -= take.length;
      await sink(take);
    }
    const newline = await this.line();
    if (newline !== '') throw damaged('a file inside it is followed by unexpected data');
  }
}
