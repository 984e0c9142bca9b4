/**
 * A tiny browser stand-in for API tests through `app.request()`: keeps cookies, sends the
 * same-origin headers a browser would, and parses JSON answers.
 */
import type { TestServer } from './db-helpers.js';

export const ORIGIN = 'http://localhost:8080';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

export class TestClient {
  private cookies = new Map<string, string>();

  /** `ip`: the client address the server sees (as if from the socket); 'local' without one. */
  constructor(
    private readonly server: TestServer,
    private readonly ip?: string,
  ) {}

  /** POST a file as the raw body (as the web app uploads it), with the session cookie. */
  async upload<T = any>(url: string, bytes: Uint8Array | string): Promise<ApiResponse<T>> {
    const body = typeof bytes === 'string' ? bytes : new Blob([bytes.slice()]);
    return this.request<T>('POST', url, body, { 'content-type': 'application/octet-stream' });
  }

  async request<T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const init: RequestInit = {
      method,
      headers: {
        origin: ORIGIN,
        host: 'localhost:8080',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body),
    };
    const env = this.ip ? { incoming: { socket: { remoteAddress: this.ip } } } : undefined;
    const response = await this.server.app.request(`${ORIGIN}${url}`, init, env);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      if (!name) continue;
      if (value === '' || /max-age=0/i.test(cookie)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (calendar files, HTML)
    }
    return { status: response.status, body: parsed as T, headers: response.headers, text };
  }

  get = <T = any>(url: string) => this.request<T>('GET', url);
  post = <T = any>(url: string, body: unknown = {}) => this.request<T>('POST', url, body);
  patch = <T = any>(url: string, body: unknown) => this.request<T>('PATCH', url, body);
  put = <T = any>(url: string, body: unknown) => this.request<T>('PUT', url, body);
  delete = <T = any>(url: string) => this.request<T>('DELETE', url);

  signIn(email: string, password: string) {
    return this.post('/api/auth/sign-in/email', { email, password });
  }

  signOut() {
    return this.post('/api/auth/sign-out', {});
  }

  /** The cookie jar, by cookie name (e.g. to carry a device cookie to another client). */
  cookie(name: string): string | undefined {
    return [...this.cookies].find(([key]) => key === name || key.endsWith(`.${name}`))?.[1];
  }

  setCookie(name: string, value: string | undefined): void {
    if (value === undefined) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }

  hasSession(): boolean {
    return [...this.cookies.keys()].some((k) => k.includes('session_token'));
  }
}

export const ADMIN = { name: 'Aigerim Admin', email: 'aigerim@example.org', password: 'correct horse battery' };

/** Completes first-run setup and returns a signed-in admin client. */
export async function setUpInstance(
  server: TestServer,
  organisationName = 'Kazakh Human Rights Bureau',
  admin = ADMIN,
): Promise<TestClient> {
  const client = new TestClient(server);
  const response = await client.post('/api/setup', { setupCode: 'TEST-CODE-0001', organisationName, ...admin, language: 'en' });
  if (response.status !== 200) throw new Error(`setup failed: ${response.status} ${response.text}`);
  return client;
}
