import type Redis from "ioredis";
import { ENDED_SID_MAX_MS, type SessionRecord, type SessionStore } from "./session-store";

/**
 * Session records in Redis, so every instance sees every login and a front-channel logout
 * through one instance ends the session on all. Keys (under the client's `kob:` prefix):
 * - `session:<id>`: the record as JSON, expiring at the record's absolute end;
 * - `sid:<sid>`: the ids of the sessions with that ID-porten sid, expiring with them;
 * - `ended-sid:<sid>`: a marker that a live session's sid was logged out, until `until` (at most
 *   ID-porten's 120-minute session). An unknown sid writes nothing.
 * A record holds a pid and tokens, so it is never kept past its expiry.
 */
export class RedisSessionStore implements SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly now: () => number = Date.now,
  ) {}

  async get(id: string): Promise<SessionRecord | null> {
    const text = await this.redis.get(`session:${id}`);
    if (!text) return null;
    const record = JSON.parse(text) as SessionRecord;
    if (record.expiresAt <= this.now() || (record.sid && (await this.isSidEnded(record.sid)))) {
      await this.delete(id);
      return null;
    }
    return record;
  }

  async put(record: SessionRecord): Promise<void> {
    const ttl = record.expiresAt - this.now();
    if (ttl <= 0) return this.delete(record.id);
    const tx = this.redis.multi().set(`session:${record.id}`, JSON.stringify(record), "PX", ttl);
    if (record.sid) tx.sadd(`sid:${record.sid}`, record.id).pexpireat(`sid:${record.sid}`, record.expiresAt);
    await tx.exec();
  }

  async delete(id: string): Promise<void> {
    await this.redis.del(`session:${id}`);
  }

  async endSid(sid: string, until: number): Promise<number> {
    const ids = await this.redis.smembers(`sid:${sid}`);
    if (ids.length === 0) return 0;
    const live = (await this.redis.exists(...ids.map((id) => `session:${id}`))) > 0;
    if (!live) {
      await this.redis.del(`sid:${sid}`);
      return 0;
    }
    const ttl = Math.max(1, Math.min(until - this.now(), ENDED_SID_MAX_MS));
    await this.redis.set(`ended-sid:${sid}`, "1", "PX", ttl);
    const ended = await this.redis.del(...ids.map((id) => `session:${id}`));
    await this.redis.del(`sid:${sid}`);
    return ended;
  }

  async isSidEnded(sid: string): Promise<boolean> {
    return (await this.redis.exists(`ended-sid:${sid}`)) === 1;
  }
}
