/**
 * A small async cache for API answers, so a later issue can put it in Redis: values must be
 * plain JSON. The in-memory implementation is for one instance. In-flight dedupe (identical
 * concurrent calls share one upstream request) is per process; the limit on calls at once is
 * in begrenser.ts.
 */
export interface ResultCache {
  get<T>(key: string): Promise<T | undefined>;
  /** Stores a value for ttlSeconds; 0 or less stores nothing. */
  set<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export function createMemoryCache(opts: { maxEntries?: number; now?: () => number } = {}): ResultCache & { size(): number } {
  const maxEntries = opts.maxEntries ?? 500;
  const now = opts.now ?? Date.now;
  const entries = new Map<string, { value: unknown; expiresAt: number }>();

  const sweep = () => {
    const t = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= t) entries.delete(key);
    // Still too many: drop the oldest (Map keeps insertion order).
    for (const key of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(key);
    }
  };

  return {
    async get<T>(key: string) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value as T;
    },
    async set<T>(key: string, value: T, ttlSeconds: number) {
      if (!(ttlSeconds > 0)) return;
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
      if (entries.size > maxEntries) sweep();
    },
    async delete(key: string) {
      entries.delete(key);
    },
    size: () => entries.size,
  };
}

/** Identical concurrent calls share one promise; it is forgotten when it settles. */
export class InFlight {
  private readonly pending = new Map<string, Promise<unknown>>();

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const existing = this.pending.get(key);
    if (existing) return existing as Promise<T>;
    const promise = fn().finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    return promise;
  }

  get size() {
    return this.pending.size;
  }
}
