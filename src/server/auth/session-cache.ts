/**
 * A short memory of sessions better-auth has validated, so that a signed-in request does not
 * ask better-auth again (cookie signature check + two queries) when the same browser asked a
 * moment ago: the page of a campaign fires several requests at once, each behind the session
 * gate. Only the session is remembered; the member's role, language and two-step policy are
 * still read on every request, so a change of role counts at once.
 *
 * Safety, first:
 * - An entry lives at most SESSION_CACHE_TTL_MS (5 s), and never past the session's expiry.
 * - Any change to the `session` table through this server's database handle (sign-out,
 *   revoking a session, "sign out everywhere else", a password change or reset, removing a
 *   member, better-auth's clean-up of an expired session: every path, better-auth's and ours,
 *   seen by the Kysely plugin below) empties the cache at once. For the next TTL it then stays
 *   empty, because a check that read the session while a revoking transaction had not yet
 *   committed could otherwise be remembered after it.
 * - Keyed by the SHA-256 of the session cookie: no token is kept as a key.
 * A revocation made by another process on the same database (a command line run while the
 * server runs) counts within TTL.
 */
import { createHash } from 'node:crypto';
import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

export const SESSION_CACHE_TTL_MS = 5_000;
/** A bound on memory: past it the cache starts again empty (50 users need 50 entries). */
const MAX_ENTRIES = 10_000;

/** What the session gate reads of better-auth's answer. */
export interface ValidatedSession {
  session: { id: string; expiresAt: Date | string };
  user: { id: string };
}

interface Entry<T> {
  value: T;
  until: number;
}

/** The session cookies of a request (`better-auth.session_token`, `__Secure-…`), as one hashed key. */
export function sessionCookieKey(cookieHeader: string | null): string | null {
  const pairs = (cookieHeader ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => /^[^=]*(^|\.)session_token=./.test(part))
    .sort();
  return pairs.length === 0 ? null : createHash('sha256').update(pairs.join('; ')).digest('base64url');
}

export class SessionCache<T extends ValidatedSession = ValidatedSession> {
  private entries = new Map<string, Entry<T>>();
  private generation = 0;
  private quietUntil = 0;

  constructor(
    private readonly now: () => number = Date.now,
    readonly ttlMs = SESSION_CACHE_TTL_MS,
  ) {}

  /**
   * The session of these request headers: remembered, or validated by `validate` (better-auth)
   * and remembered when nothing changed in the session table meanwhile.
   */
  async lookup(headers: Headers, validate: () => Promise<T | null>): Promise<T | null> {
    const key = sessionCookieKey(headers.get('cookie'));
    if (key === null) return validate();
    const hit = this.entries.get(key);
    if (hit && hit.until > this.now()) return hit.value;
    if (hit) this.entries.delete(key);
    const generation = this.generation;
    const value = await validate();
    const now = this.now();
    if (value && generation === this.generation && now >= this.quietUntil) {
      const expires = new Date(value.session.expiresAt).getTime();
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, { value, until: Math.min(now + this.ttlMs, expires) });
    }
    return value;
  }

  /** A session row was deleted or changed: forget every session, and remember none for a TTL. */
  sessionsChanged(): void {
    this.entries.clear();
    this.generation++;
    this.quietUntil = this.now() + this.ttlMs;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Names of the tables a DELETE or UPDATE writes (through aliases and lists). */
function tablesOf(node: OperationNode | undefined): string[] {
  if (!node) return [];
  const n = node as OperationNode & {
    table?: { identifier?: { name?: string } };
    node?: OperationNode;
    items?: OperationNode[];
    froms?: OperationNode[];
  };
  switch (n.kind) {
    case 'TableNode':
      return n.table?.identifier?.name ? [n.table.identifier.name] : [];
    case 'AliasNode':
      return tablesOf(n.node);
    case 'ListNode':
      return (n.items ?? []).flatMap(tablesOf);
    case 'FromNode':
      return (n.froms ?? []).flatMap(tablesOf);
    default:
      return [];
  }
}

function writesSessions(node: RootOperationNode): boolean {
  if (node.kind === 'DeleteQueryNode') return tablesOf(node.from).includes('session');
  if (node.kind === 'UpdateQueryNode') return tablesOf(node.table).includes('session');
  return false;
}

/**
 * A Kysely plugin calling `onChange` before and after every DELETE or UPDATE of the `session`
 * table (before: a check running meanwhile is not remembered; after: nor one that began later).
 */
export function sessionChangeWatcher(onChange: () => void): KyselyPlugin {
  const watched = new WeakSet<object>();
  return {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      if (writesSessions(args.node)) {
        watched.add(args.queryId);
        onChange();
      }
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      if (watched.has(args.queryId)) onChange();
      return args.result;
    },
  };
}
