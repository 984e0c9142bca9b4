/**
 * fetch for the API: same origin, JSON in and out, cookies sent, typed ApiError on failure.
 * Every state-changing request carries `Content-Type: application/json` (the server requires
 * it together with the browser's Origin header as its CSRF check).
 */
import { ApiError } from './api-error.js';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON-encoded unless `contentType` says otherwise (then sent as is). */
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal;
}

export async function http<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (method !== 'GET') {
    headers['Content-Type'] = options.contentType ?? 'application/json';
    body = options.contentType ? (options.body as BodyInit) : JSON.stringify(options.body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'network error');
  }
  const text = response.status === 204 ? '' : await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) throw ApiError.fromResponse(response.status, data);
  return data as T;
}
