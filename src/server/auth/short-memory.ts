/**
 * A few seconds' memory of answers that a write can make wrong (decision records 0006, 0011):
 * the session gate's validated sessions (session-cache.ts) and each user's request context
 * (membership, role, language, two-step policy).
 *
 * Safety, first:
 * - An entry lives at most `ttlMs` (5 s), and never past the expiry its value gives.
 * - `changed()` (called by writeWatcher below before and after every write to the tables the
 *   answers come from) empties the memory at once. For the next TTL it then stays empty,
 *   because an answer read while the changing transaction had not yet committed could
 *   otherwise be remembered after it.
 * A change made by another process on the same database (a command line run while the server
 * runs) counts within the TTL.
 */
import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

export const SHORT_MEMORY_TTL_MS = 5_000;
/** A bound on memory: past it the memory starts again empty (50 users need 50 entries). */
const MAX_ENTRIES = 10_000;

interface Entry<T> {
  value: T;
  until: number;
}

export class ShortMemory<T> {
  private entries = new Map<string, Entry<T>>();
  /**
   * Loads under way, by key, in the current generation: a lookup that misses while one runs waits
   * for it instead of asking the database again. A page fires several requests at once, and when
   * a server is cold or queued every request of a user misses together: each of them loading for
   * itself cost three statements a request and kept the queue going (bench/findings.md).
   */
  private loading = new Map<string, Promise<T | null>>();
  private generation = 0;
  private quietUntil = 0;

  constructor(
    private readonly now: () => number = Date.now,
    readonly ttlMs = SHORT_MEMORY_TTL_MS,
  ) {}

  /**
   * The answer for `key`: remembered, or read by `load` and remembered when nothing changed
   * meanwhile (a null answer, or an error thrown, is never remembered). `expiresAt` (epoch ms)
   * bounds how long an answer may be kept.
   */
  async lookup(key: string, load: () => Promise<T | null>, expiresAt?: (value: T) => number): Promise<T | null> {
    const hit = this.entries.get(key);
    if (hit && hit.until > this.now()) return hit.value;
    if (hit) this.entries.delete(key);
    const generation = this.generation;
    // Within a TTL of a change every lookup reads for itself, as nothing is remembered then: a
    // load begun before the change's commit must not answer a request that came after it. Out of
    // it, a running load's answer is what this lookup would be served from memory a moment later
    // (and a change empties `loading`, so no load is joined across one).
    if (this.now() < this.quietUntil) return this.loadAndKeep(key, load, generation, expiresAt);
    const running = this.loading.get(key);
    if (running) return running;
    const loaded = this.loadAndKeep(key, load, generation, expiresAt);
    this.loading.set(key, loaded);
    try {
      return await loaded;
    } finally {
      if (this.loading.get(key) === loaded) this.loading.delete(key);
    }
  }

  private async loadAndKeep(
    key: string,
    load: () => Promise<T | null>,
    generation: number,
    expiresAt?: (value: T) => number,
  ): Promise<T | null> {
    const value = await load();
    const now = this.now();
    if (value !== null && generation === this.generation && now >= this.quietUntil) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, { value, until: Math.min(now + this.ttlMs, expiresAt ? expiresAt(value) : Infinity) });
    }
    return value;
  }

  /** What the answers come from changed: forget them all, and remember none for a TTL. */
  changed(): void {
    this.entries.clear();
    this.loading.clear();
    this.generation++;
    this.quietUntil = this.now() + this.ttlMs;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Names of the tables an INSERT, UPDATE or DELETE writes (through aliases and lists). */
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

export type WriteKind = 'insert' | 'update' | 'delete';

/** The tables a query writes, by kind; none for a read. */
export function writtenTables(node: RootOperationNode): { kind: WriteKind; tables: string[] } | null {
  if (node.kind === 'InsertQueryNode') return { kind: 'insert', tables: tablesOf(node.into) };
  if (node.kind === 'UpdateQueryNode') return { kind: 'update', tables: tablesOf(node.table) };
  if (node.kind === 'DeleteQueryNode') return { kind: 'delete', tables: tablesOf(node.from) };
  return null;
}

export interface WatchedWrites {
  tables: readonly string[];
  kinds: readonly WriteKind[];
  onChange: () => void;
}

/**
 * A Kysely plugin calling each watcher's `onChange` before and after every write of one of its
 * kinds to one of its tables (before: a read running meanwhile is not remembered; after: nor
 * one that began later). Only queries built with Kysely are seen: a write in raw SQL to a
 * watched table would not be (tests hold every path to this).
 */
export function writeWatcher(watchers: readonly WatchedWrites[]): KyselyPlugin {
  const pending = new WeakMap<object, WatchedWrites[]>();
  return {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      const written = writtenTables(args.node);
      if (written) {
        const hit = watchers.filter((w) => w.kinds.includes(written.kind) && written.tables.some((t) => w.tables.includes(t)));
        if (hit.length > 0) {
          pending.set(args.queryId, hit);
          for (const w of hit) w.onChange();
        }
      }
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      for (const w of pending.get(args.queryId) ?? []) w.onChange();
      return args.result;
    },
  };
}
