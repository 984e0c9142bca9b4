/**
 * A signed-in browser stand-in for benchmarks, over any fetch: the in-process Hono app
 * (`app.request`) or a real server on loopback. Keeps the session cookie and sends the
 * same-origin headers a browser sends on writes.
 */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export const BENCH_ADMIN = { name: 'Bench Admin', email: 'bench@example.org', password: 'bench horse battery staple' };

export class HttpSession {
  private cookies = new Map<string, string>();

  /**
   * `origin` is the server's own origin; `sendHost` adds a Host header (needed in-process, where
   * nothing else sets one; a real fetch sets it itself).
   */
  constructor(
    private readonly fetcher: Fetcher,
    private readonly origin: string,
    private readonly sendHost = false,
  ) {}

  /** Sends a request and reads the whole body; throws unless the status is 2xx. */
  async request(method: string, pathAndQuery: string, body?: unknown): Promise<{ status: number; text: string }> {
    const headers: Record<string, string> = { origin: this.origin };
    if (this.sendHost) headers.host = new URL(this.origin).host;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.fetcher(`${this.origin}${pathAndQuery}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (name) this.cookies.set(name.trim(), rest.join('='));
    }
    const text = await response.text();
    if (response.status < 200 || response.status > 299) throw new Error(`${method} ${pathAndQuery}: ${response.status} ${text.slice(0, 300)}`);
    return { status: response.status, text };
  }

  /** The Cookie header this browser sends (to hand a signed-in session to a load generator). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async signInAs(email: string, password: string): Promise<void> {
    await this.request('POST', '/api/auth/sign-in/email', { email, password });
  }

  async getJson<T>(pathAndQuery: string): Promise<T> {
    return JSON.parse((await this.request('GET', pathAndQuery)).text) as T;
  }

  /** First-run setup (creates the organisation and its admin) and signs in. */
  async setUp(setupCode: string): Promise<void> {
    await this.request('POST', '/api/setup', { setupCode, organisationName: 'Bench Human Rights Bureau', ...BENCH_ADMIN, language: 'en' });
  }

  async signIn(): Promise<void> {
    await this.request('POST', '/api/auth/sign-in/email', { email: BENCH_ADMIN.email, password: BENCH_ADMIN.password });
  }

  /** Signs in, completing the setup first when the instance still needs it. */
  async signInOrSetUp(setupCode: string): Promise<void> {
    const status = await this.getJson<{ needsSetup: boolean }>('/api/setup/status');
    if (status.needsSetup) await this.setUp(setupCode);
    else await this.signIn();
  }
}

/** URL query string of search parameters (lists repeat the key, as the web app sends them). */
export function toQueryString(params: Record<string, string[]>): string {
  const search = new URLSearchParams();
  for (const [key, values] of Object.entries(params)) for (const value of values) search.append(key, value);
  return search.toString();
}
