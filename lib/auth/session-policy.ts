import type { SessionRecord } from "./session-store";

export type SessionLimits = { idleMinutes: number; maxHours: number };

export type SessionVerdict = "active" | "idle-timeout" | "max-lifetime";

/** Is a session still usable at `now`? Idle: no request for idleMinutes. Max: hours since login. */
export function judgeSession(record: Pick<SessionRecord, "createdAt" | "lastSeenAt">, now: number, limits: SessionLimits): SessionVerdict {
  if (now - record.createdAt >= limits.maxHours * 3_600_000) return "max-lifetime";
  if (now - record.lastSeenAt >= limits.idleMinutes * 60_000) return "idle-timeout";
  return "active";
}

/** Writing lastSeenAt on every request is wasteful for a shared store; once a quarter minute is plenty. */
export const TOUCH_INTERVAL_MS = 15_000;

export function needsTouch(record: Pick<SessionRecord, "lastSeenAt">, now: number): boolean {
  return now - record.lastSeenAt >= TOUCH_INTERVAL_MS;
}
