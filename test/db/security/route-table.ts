/**
 * The route table of the real Hono app (`inspectRoutes` reads `app.routes`: method + path of
 * every registered handler, middleware told apart), checked against route-classification.ts,
 * and a request runner that fills path parameters, sends JSON or file bodies with a client's
 * session cookie, and reads every answer as text (xlsx/docx unzipped, pdf text extracted) so
 * that a marker can be searched in exports too.
 */
import JSZip from 'jszip';
import { inspectRoutes } from 'hono/dev';
import { expect } from 'vitest';
import { pdfText } from '../../../src/server/import/pdf-text.js';
import type { TestServer } from '../../db-helpers.js';
import { ORIGIN, type TestClient } from '../../http-client.js';
import { ROUTES, type Call, type CallContext, type Role, type RouteSpec } from './route-classification.js';
import type { SeededOrg, World } from './seed.js';

export interface AppRoute {
  method: string;
  path: string;
  /** `METHOD path`, the key of route-classification.ts. */
  key: string;
}

/** Every handler the app registered (middleware excluded), in registration order. */
export function appRoutes(app: TestServer['app']): AppRoute[] {
  const seen = new Set<string>();
  const routes: AppRoute[] = [];
  for (const r of inspectRoutes(app)) {
    if (r.isMiddleware) continue;
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    routes.push({ method: r.method, path: r.path, key });
  }
  return routes;
}

/** Fails, naming them, when a route of the app is not classified or a classified one is gone. */
export function expectEveryRouteClassified(app: TestServer['app']): AppRoute[] {
  const routes = appRoutes(app);
  const keys = new Set(routes.map((r) => r.key));
  const unclassified = routes.filter((r) => !(r.key in ROUTES)).map((r) => r.key);
  const stale = Object.keys(ROUTES).filter((k) => !keys.has(k));
  expect(unclassified, 'routes of the app missing from test/db/security/route-classification.ts').toEqual([]);
  expect(stale, 'classified routes the app no longer has').toEqual([]);
  return routes;
}

export const ROLE_RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };
export const ROLES: Role[] = ['viewer', 'editor', 'admin'];
export const allowed = (spec: RouteSpec, role: Role) => spec.minimumRole !== null && ROLE_RANK[role] >= ROLE_RANK[spec.minimumRole];

/** The methods a route is called with (`ALL` routes: a read and a write). */
export const methodsOf = (route: AppRoute) => (route.method === 'ALL' ? ['GET', 'POST'] : [route.method]);

export function fillPath(route: AppRoute, call: Call): string {
  if (call.path) return call.path;
  if (route.path.includes('*')) throw new Error(`${route.key}: a wildcard route needs call.path`);
  return route.path.replace(/:([A-Za-z0-9]+)/g, (_, name: string) => {
    const value = call.params?.[name];
    if (value === undefined) throw new Error(`${route.key}: no value for :${name}`);
    return encodeURIComponent(value);
  });
}

function queryString(query: Call['query']): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const one of Array.isArray(v) ? v : [v]) search.append(k, one);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  bytes: Uint8Array;
}

export function cookieOf(client: TestClient | null): string | undefined {
  if (!client) return undefined;
  const cookies = (client as unknown as { cookies: Map<string, string> }).cookies;
  return cookies.size ? [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') : undefined;
}

export interface SendOptions {
  /** Replaces the JSON body by this raw text (still sent as application/json): fuzzing. */
  rawJson?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

/** Sends one call of `route` as `client` (null: no session) through `app.request()`. */
export async function send(server: TestServer, client: TestClient | null, method: string, route: AppRoute, call: Call, options: SendOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { origin: ORIGIN, host: 'localhost:8080' };
  const cookie = options.cookie ?? cookieOf(client);
  if (cookie) headers.cookie = cookie;
  let body: string | undefined;
  if (options.rawJson !== undefined || call.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = options.rawJson ?? JSON.stringify(call.json);
  } else if (call.raw) {
    headers['content-type'] = call.raw.contentType;
    body = call.raw.body;
  }
  const response = await server.app.request(`${ORIGIN}${fillPath(route, call)}${queryString(call.query)}`, {
    method,
    headers: { ...headers, ...options.headers },
    body: method === 'GET' || method === 'HEAD' ? undefined : body,
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', bytes, text: new TextDecoder().decode(bytes) };
}

/** What a person would read in the answer: unzipped Office files, the text of a PDF. */
export async function readable(answer: Answer): Promise<string> {
  if (answer.status >= 300) return answer.text;
  const type = answer.contentType;
  if (type.includes('openxmlformats')) {
    const zip = await JSZip.loadAsync(answer.bytes);
    const parts = await Promise.all(Object.values(zip.files).map((f) => (f.dir ? '' : f.async('string'))));
    return parts.join('\n');
  }
  if (type.includes('pdf')) return (await pdfText(answer.bytes)).pages.join('\n');
  return answer.text;
}

/** The calls of a route for one organisation (several for routes like `/document/:format`). */
export async function callsOf(spec: RouteSpec, ctx: CallContext): Promise<Call[]> {
  const made = await spec.call(ctx);
  return Array.isArray(made) ? made : [made];
}

let uniques = 0;

export function contextOf(world: World, org: SeededOrg): CallContext {
  return {
    server: world.server,
    seed: org.seed,
    admin: org.admin,
    // Unique across every context of the test file (names, e-mails of disposable objects).
    unique: () => `${org.seed.marker}-${(uniques++).toString(36)}`,
  };
}

/** The app's own 401 for a request without a valid session (app.ts). */
export function isGateAnswer(answer: Answer): boolean {
  try {
    const body = JSON.parse(answer.text) as { error?: { code?: string; message?: string } };
    return answer.status === 401 && body.error?.code === 'unauthenticated' && body.error.message === 'Please sign in.';
  } catch {
    return false;
  }
}
