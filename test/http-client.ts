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

  constructor(private readonly server: TestServer) {}

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
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    };
    const response = await this.server.app.request(`${ORIGIN}${url}`, init);
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

  hasSession(): boolean {
    return [...this.cookies.keys()].some((k) => k.includes('session_token'));
  }
}

export const ADMIN = { name: 'Aigerim Admin', email: 'aigerim@example.org', password: 'correct horse battery' };

/** Completes first-run setup and returns a signed-in admin client. */
export async function setUpInstance(server: TestServer, organisationName = 'Kazakh Human Rights Bureau', admin = ADMIN): Promise<TestClient> {
  const client = new TestClient(server);
  const response = await client.post('/api/setup', { setupCode: 'TEST-CODE-0001', organisationName, ...admin, language: 'en' });
  if (response.status !== 200) throw new Error(`setup failed: ${response.status} ${response.text}`);
  return client;
}
