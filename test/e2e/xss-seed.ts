/**
 * Data for the XSS sweep (xss-sweep.spec.ts): script payloads written through the API into every
 * text field a user can fill. Each value starts with a marker naming its field, so the sweep can
 * prove the value was rendered (as text) where it belongs; the payloads rotate so that every kind
 * of attack lands in many different places.
 */
import type { APIRequestContext, APIResponse } from '@playwright/test';

/** Classic injections: an HTML event handler, a script element, attribute break-out, template injection, a script URL. */
export const ATTACKS = [
  `<img src=x onerror="window.__xss=(window.__xss||0)+1">`,
  `<script>window.__xss=1</script>`,
  `"><svg onload=window.__xss=1>`,
  `{{constructor.constructor('window.__xss=1')()}}`,
  `javascript:window.__xss=1`,
] as const;

export const SCRIPT_URL = 'javascript:window.__xss=1//';

let next = 0;
/**
 * `marker attack`, the attack rotating from call to call (skipping those that would not fit in
 * `max` characters, the field's limit); `marker` is one word so that search finds it.
 */
export function xss(marker: string, max = 4000): string {
  for (let tries = 0; tries < ATTACKS.length; tries++) {
    const value = `${marker} ${ATTACKS[next++ % ATTACKS.length]!}`;
    if (value.length <= max) return value;
  }
  throw new Error(`no attack fits in ${max} characters after "${marker}"`);
}
/** Every attack in one value, for the long text fields. */
export const xssAll = (marker: string) => `${marker} ${ATTACKS.join(' ')}`;

async function ok(response: APIResponse, what: string): Promise<APIResponse> {
  if (!response.ok()) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
  return response;
}

/** page.request with a check on every answer: a refused write would make the sweep prove nothing. */
export function api(request: APIRequestContext) {
  const call = async <T>(method: 'get' | 'post' | 'put' | 'patch', url: string, data?: unknown): Promise<T> => {
    const response = await ok(
      await request[method](url, data === undefined ? {} : { data: data as object }),
      `${method.toUpperCase()} ${url}`,
    );
    const text = await response.text();
    return (text ? JSON.parse(text) : null) as T;
  };
  const upload = async (url: string, body: string): Promise<string> =>
    (await ok(await request.post(url, { data: body, headers: { 'content-type': 'text/csv' } }), `POST ${url}`)).text();
  return {
    get: <T>(url: string) => call<T>('get', url),
    post: <T>(url: string, data?: unknown) => call<T>('post', url, data ?? {}),
    put: <T>(url: string, data: unknown) => call<T>('put', url, data),
    patch: <T>(url: string, data: unknown) => call<T>('patch', url, data),
    /** A file as the raw body, as the upload routes take it: the answer's JSON… */
    upload: async <T>(url: string, body: string): Promise<T> => JSON.parse(await upload(url, body)) as T,
    /** …or its text (the recommendations import streams lines of JSON). */
    uploadText: upload,
  };
}
export type Api = ReturnType<typeof api>;

/** A CSV cell: quoted, quotes doubled. */
export const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;
