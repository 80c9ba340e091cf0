import { getRedis } from "@/lib/redis";
import { RedisSessionStore } from "./session-store-redis";
import type { Party } from "./types";

/**
 * The server-side record of each login. The browser's cookie holds only an encrypted pointer
 * (the record's id); tokens stay here. Front-channel logout finds and ends sessions by the
 * ID-porten `sid` even when no cookie arrives, which is why this record exists at all.
 */
export type SessionRecord = {
  id: string;
  pid: string;
  name: string | null;
  /** ID-porten's session id for our client (front-channel logout names it). */
  sid: string | null;
  acr: string;
  /** Epoch ms. */
  createdAt: number;
  lastSeenAt: number;
  /** Absolute end (createdAt + SESSION_MAX_HOURS). */
  expiresAt: number;
  /** For `id_token_hint` at logout. */
  idToken: string;
  /** Altinn token exchanged from the ID-porten access token at login. */
  altinn: { token: string; issuedAt: number; expiresAt: number } | null;
  /** The parties the person may act for, cached for a short time. */
  parties: { list: Party[]; fetchedAt: number } | null;
};

/** A small async interface so a shared store (Redis) can replace the in-memory one. */
export interface SessionStore {
  get(id: string): Promise<SessionRecord | null>;
  /** Creates or replaces a record; it is forgotten at its expiresAt. */
  put(record: SessionRecord): Promise<void>;
  delete(id: string): Promise<void>;
  /**
   * Front-channel logout: ends every live session with this ID-porten sid, and remembers the sid
   * as ended until `until` (epoch ms; at most ID-porten's own session, see ENDED_SID_MAX_MS), so a
   * login still completing with it is refused too. A sid no live session has is not kept at all
   * (anyone can call the route). Returns how many sessions ended.
   */
  endSid(sid: string, until: number): Promise<number>;
  isSidEnded(sid: string): Promise<boolean>;
}

/** ID-porten's own session lasts at most 120 minutes: an ended sid cannot come back later than that. */
export const ENDED_SID_MAX_MS = 120 * 60_000;

/** The longest sid front-channel logout looks up (ID-porten's are UUID-sized). */
export const MAX_SID_LENGTH = 128;

/** One process's memory: fine for one instance; records vanish on restart (users log in again). */
export class MemorySessionStore implements SessionStore {
  private readonly records = new Map<string, SessionRecord>();
  private readonly endedSids = new Map<string, number>();
  /** sid -> ids of the records that carry it (front-channel logout looks sids up here). */
  private readonly bySid = new Map<string, Set<string>>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(id: string): Promise<SessionRecord | null> {
    const record = this.records.get(id);
    if (!record) return null;
    if (record.expiresAt <= this.now() || (record.sid && (await this.isSidEnded(record.sid)))) {
      this.remove(id);
      return null;
    }
    return structuredClone(record);
  }

  async put(record: SessionRecord): Promise<void> {
    this.sweep();
    const previous = this.records.get(record.id);
    if (previous && previous.sid !== record.sid) this.remove(record.id);
    this.records.set(record.id, structuredClone(record));
    if (record.sid) {
      const ids = this.bySid.get(record.sid) ?? new Set<string>();
      ids.add(record.id);
      this.bySid.set(record.sid, ids);
    }
  }

  async delete(id: string): Promise<void> {
    this.remove(id);
  }

  async endSid(sid: string, until: number): Promise<number> {
    const now = this.now();
    const ids = [...(this.bySid.get(sid) ?? [])].filter((id) => (this.records.get(id)?.expiresAt ?? 0) > now);
    // Unknown, or only expired sessions: nothing to end, nothing kept.
    if (ids.length === 0) return 0;
    this.endedSids.set(sid, Math.min(until, now + ENDED_SID_MAX_MS));
    for (const id of ids) this.remove(id);
    return ids.length;
  }

  private remove(id: string) {
    const record = this.records.get(id);
    this.records.delete(id);
    if (!record?.sid) return;
    const ids = this.bySid.get(record.sid);
    ids?.delete(id);
    if (ids?.size === 0) this.bySid.delete(record.sid);
  }

  async isSidEnded(sid: string): Promise<boolean> {
    const until = this.endedSids.get(sid);
    if (until === undefined) return false;
    if (until <= this.now()) {
      this.endedSids.delete(sid);
      return false;
    }
    return true;
  }

  /** Forgets what has expired, so memory does not grow with every login ever made. */
  private sweep() {
    const now = this.now();
    for (const [id, record] of this.records) if (record.expiresAt <= now) this.remove(id);
    for (const [sid, until] of this.endedSids) if (until <= now) this.endedSids.delete(sid);
  }

  get size(): number {
    return this.records.size;
  }

  /** Everything the store holds (records, sid index, ended sids): what an attacker might try to grow. */
  get footprint(): number {
    return this.records.size + this.bySid.size + this.endedSids.size;
  }
}

const globalStore = globalThis as unknown as { kobSessionStore?: SessionStore };

/**
 * The process's store (one instance across route bundles and hot reloads): Redis when
 * REDIS_URL is set, so every instance sees every login and every front-channel logout;
 * otherwise this process's memory.
 */
export function getSessionStore(): SessionStore {
  if (!globalStore.kobSessionStore) {
    const redis = getRedis();
    globalStore.kobSessionStore = redis ? new RedisSessionStore(redis) : new MemorySessionStore();
  }
  return globalStore.kobSessionStore;
}
