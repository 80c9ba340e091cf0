import type Redis from "ioredis";
import type { SessionRecord, SessionStore } from "./session-store";

/**
 * Session records in Redis, so every instance sees every login and a front-channel logout
 * through one instance ends the session on all. Keys (under the client's `kob:` prefix):
 * - `session:<id>`: the record as JSON, expiring at the record's absolute end;
 * - `sid:<sid>`: the ids of the sessions with that ID-porten sid, expiring with them;
 * - `ended-sid:<sid>`: a marker that the sid was logged out, until `until`.
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
    const ttl = Math.max(1, until - this.now());
    await this.redis.set(`ended-sid:${sid}`, "1", "PX", ttl);
    const ids = await this.redis.smembers(`sid:${sid}`);
    let ended = 0;
    if (ids.length > 0) ended = await this.redis.del(...ids.map((id) => `session:${id}`));
    await this.redis.del(`sid:${sid}`);
    return ended;
  }

  async isSidEnded(sid: string): Promise<boolean> {
    return (await this.redis.exists(`ended-sid:${sid}`)) === 1;
  }
}
