import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import type { Prioritet } from "./begrenser";

/**
 * What the API client needs to know about the user request it works for, without passing it
 * through every function: its priority in the limiter's queue, whose it is (fairness), and
 * its deadline (one time budget for every call, retry and wait in the queue it makes).
 * A call outside `medForespoersel` gets its own budget and page priority.
 */
export type Forespoersel = {
  prioritet: Prioritet;
  eier: string;
  /** performance.now() by which everything must be done. */
  frist: number;
};

const lager = new AsyncLocalStorage<Forespoersel>();

/** A short, one-way name for a person in the limiter's queue: never the pid itself. */
export function eierFor(pid: string | null | undefined): string {
  if (!pid) return "anonym";
  return createHash("sha256").update(`kob-koe:${pid}`).digest("base64url").slice(0, 16);
}

export function medForespoersel<T>(args: { prioritet: Prioritet; pid?: string | null; budsjettMs: number }, fn: () => Promise<T>): Promise<T> {
  const ytre = lager.getStore();
  // A nested call keeps the outer request's (earlier) deadline.
  const frist = Math.min(performance.now() + args.budsjettMs, ytre?.frist ?? Infinity);
  return lager.run({ prioritet: args.prioritet, eier: eierFor(args.pid), frist }, fn);
}

export function gjeldendeForespoersel(): Forespoersel | undefined {
  return lager.getStore();
}
