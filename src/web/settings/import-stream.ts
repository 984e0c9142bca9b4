/**
 * Upload of a recommendations file (POST /api/admin/recommendations/import) and the reading of
 * its streamed answer: newline-delimited JSON, `progress` lines while the server reads and
 * writes, then one `result` or `error` line. A refusal before the stream starts (403, 413, 401)
 * comes as an ordinary JSON error response.
 */
import type { ImportBadRow, ImportPhase, ImportProgress, RecommendationImportResultDto } from '../../shared/contracts/recommendations.js';
import { ApiError } from '../api/api-error.js';

export type { ImportPhase, ImportProgress };
/** The answer of a finished import. */
export type ImportResult = RecommendationImportResultDto;
export type BadRow = ImportBadRow;

type ImportLine =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'result'; result: ImportResult }
  | { type: 'error'; error: { code?: unknown; message?: unknown; details?: unknown } };

export interface ImportOptions {
  file: Blob;
  fileName: string;
  skipBadRows: boolean;
  onProgress: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

/** Handles one line of the stream; returns the result when the line is the last one. */
function handleLine(line: string, onProgress: ImportOptions['onProgress']): ImportResult | null {
  const text = line.trim();
  if (!text) return null;
  let message: ImportLine;
  try {
    message = JSON.parse(text) as ImportLine;
  } catch {
    throw new ApiError(500, 'unknown', 'unreadable import answer');
  }
  if (message.type === 'progress') {
    onProgress({ rows: message.rows, rowsPerSecond: message.rowsPerSecond, phase: message.phase });
    return null;
  }
  if (message.type === 'result') return message.result;
  if (message.type === 'error') throw ApiError.fromResponse(422, { error: message.error });
  return null;
}

/** Sends the file and follows the import to its end: the result, or an ApiError (with the bad lines in `details.issues`). */
export async function importRecommendationFile({ file, fileName, skipBadRows, onProgress, signal }: ImportOptions): Promise<ImportResult> {
  const params = new URLSearchParams({ fileName, skipBadRows: String(skipBadRows) });
  let response: Response;
  try {
    response = await fetch(`/api/admin/recommendations/import?${params.toString()}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/x-ndjson, application/json' },
      body: file,
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'network error');
  }
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    throw ApiError.fromResponse(response.status, body);
  }

  if (!response.body) {
    // No streaming in this browser: the whole answer at once.
    let result: ImportResult | null = null;
    for (const line of (await response.text()).split('\n')) result = handleLine(line, onProgress) ?? result;
    if (result) return result;
    throw new ApiError(0, 'network', 'the import answer ended early');
  }

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const result = handleLine(buffer.slice(0, newline), onProgress);
        if (result) return result;
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
      }
      if (done) break;
    }
  } catch (error) {
    if (error instanceof ApiError || (error instanceof DOMException && error.name === 'AbortError')) throw error;
    throw new ApiError(0, 'network', 'the connection broke during the import');
  } finally {
    reader.releaseLock();
  }
  // The last line may come without its newline.
  const result = handleLine(buffer, onProgress);
  if (result) return result;
  // The stream ended without a result: the connection broke, or the server stopped.
  throw new ApiError(0, 'network', 'the import answer ended early');
}
