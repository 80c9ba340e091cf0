import { randomUUID } from "node:crypto";
import type Redis from "ioredis";
import { logger } from "../log";

/**
 * The one limit on calls to Skatteetaten for the whole service: at most `grense` (5) requests
 * on the wire at once, across every instance. Skatteetaten asks for no more than 5 calls at
 * once from one organisation.
 *
 * Each process keeps its own queue of waiting calls and decides who goes next:
 * - priority: a user's page request ("side") before the klientoversikt's background fill
 *   ("bakgrunn");
 * - fairness: within a priority, round-robin over owners (one owner per logged-in person), so
 *   one accountant's 200 clients cannot starve another accountant's page.
 * The slots themselves come from a `Plasser`: in this process (a counter), or in Redis
 * (a sorted set of leases with expiry, taken and freed by Lua scripts) when REDIS_URL is set.
 * A lease expires on its own after its call's timeout, so an instance that dies mid-call
 * cannot leak a slot. While a process has a page request waiting, it marks that in Redis and
 * no instance's background fill may take a freed slot.
 */

export type Prioritet = "side" | "bakgrunn";

export type KoeValg = {
  prioritet: Prioritet;
  /** Who is waiting (a hash of the person, never the pid itself). */
  eier: string;
  /** performance.now() by which the call must have started; after it the wait fails. */
  frist?: number;
  /** How long the call may hold its slot at most (its timeout); a Redis lease expires after this plus a margin. */
  holdMs: number;
};

/** Where the slots are. `ta` never waits: a slot or null. */
export interface Plasser {
  ta(prioritet: Prioritet, holdMs: number, sideVenter: boolean): Promise<string | null>;
  slipp(id: string): Promise<void>;
  /** When a taken slot may come back without our own release (another instance): poll this often. */
  readonly pollMs: number | null;
}

export class KoeFristUtloept extends Error {
  constructor() {
    super("Tiden gikk ut i køen til Krav og betalinger");
    this.name = "KoeFristUtloept";
  }
}

type Venter = {
  valg: KoeValg;
  start: (id: string) => void;
  avbryt: (error: Error) => void;
  timer: ReturnType<typeof setTimeout> | null;
};

export type Begrenser = {
  kjoer<T>(valg: KoeValg, oppgave: () => Promise<T>): Promise<T>;
  readonly aktive: number;
  readonly ventende: number;
};

export function lagBegrenser(plasser: Plasser): Begrenser {
  // Per priority: the owners in round-robin order and each owner's queue (FIFO).
  const koer: Record<Prioritet, Map<string, Venter[]>> = { side: new Map(), bakgrunn: new Map() };
  let aktive = 0;
  let ventende = 0;
  let proever = false;
  let pollTimer: ReturnType<typeof setTimeout> | null = null;

  const foerste = (): { prioritet: Prioritet; venter: Venter } | null => {
    for (const prioritet of ["side", "bakgrunn"] as const) {
      for (const koe of koer[prioritet].values()) {
        if (koe.length > 0) return { prioritet, venter: koe[0]! };
      }
    }
    return null;
  };

  const fjern = (prioritet: Prioritet, venter: Venter, rotate: boolean) => {
    const map = koer[prioritet];
    const koe = map.get(venter.valg.eier);
    if (!koe) return;
    const i = koe.indexOf(venter);
    if (i < 0) return;
    koe.splice(i, 1);
    ventende--;
    if (venter.timer) clearTimeout(venter.timer);
    // Round-robin: the owner who just got a slot goes to the back of the line.
    map.delete(venter.valg.eier);
    if (koe.length > 0) map.set(venter.valg.eier, koe);
    else if (!rotate) map.delete(venter.valg.eier);
  };

  async function fordel() {
    if (proever) return;
    proever = true;
    try {
      for (;;) {
        const neste = foerste();
        if (!neste) return;
        const sideVenter = [...koer.side.values()].some((k) => k.length > 0);
        const id = await plasser.ta(neste.prioritet, neste.venter.valg.holdMs, sideVenter);
        if (id === null) {
          // Nothing free: our own release calls fordel again; another instance's is found by polling.
          if (plasser.pollMs !== null && !pollTimer) {
            pollTimer = setTimeout(() => {
              pollTimer = null;
              void fordel();
            }, plasser.pollMs);
          }
          return;
        }
        // The waiter may have run out of time while we asked.
        const fortsatt = foerste();
        if (!fortsatt) {
          await plasser.slipp(id);
          return;
        }
        fjern(fortsatt.prioritet, fortsatt.venter, true);
        fortsatt.venter.start(id);
      }
    } finally {
      proever = false;
    }
  }

  return {
    kjoer<T>(valg: KoeValg, oppgave: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const venter: Venter = {
          valg,
          timer: null,
          avbryt: reject,
          start: (id) => {
            aktive++;
            Promise.resolve()
              .then(oppgave)
              .then(resolve, reject)
              .finally(() => {
                aktive--;
                void plasser.slipp(id).finally(() => void fordel());
              });
          },
        };
        const map = koer[valg.prioritet];
        const koe = map.get(valg.eier) ?? [];
        koe.push(venter);
        map.set(valg.eier, koe);
        ventende++;
        if (valg.frist !== undefined) {
          const igjen = valg.frist - performance.now();
          const utloep = () => {
            fjern(valg.prioritet, venter, false);
            reject(new KoeFristUtloept());
          };
          if (igjen <= 0) return utloep();
          venter.timer = setTimeout(utloep, igjen);
        }
        void fordel();
      });
    },
    get aktive() {
      return aktive;
    },
    get ventende() {
      return ventende;
    },
  };
}

/** Slots in this process: a counter. */
export function plasserIProsess(grense: number): Plasser {
  let brukt = 0;
  return {
    pollMs: null,
    async ta() {
      if (brukt >= grense) return null;
      brukt++;
      return "lokal";
    },
    async slipp() {
      brukt = Math.max(0, brukt - 1);
    },
  };
}

/**
 * KEYS[1] the leases (member: lease id, score: expiry in ms by Redis's clock), KEYS[2] the
 * instances with a page request waiting (score: expiry). ARGV: limit, lease id, hold ms,
 * priority ("side" | "bakgrunn"), whether a page request is still waiting here ("1"/"0"),
 * this instance's id. Returns 1 when the lease was taken.
 */
const TA = `
local t = redis.call('TIME')
local naa = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', naa)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', naa)
local ledig = redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1])
if ledig and ARGV[4] == 'bakgrunn' then
  local andre = redis.call('ZCARD', KEYS[2]) - (redis.call('ZSCORE', KEYS[2], ARGV[6]) and 1 or 0)
  if andre > 0 then ledig = false end
end
if ARGV[5] == '1' then
  redis.call('ZADD', KEYS[2], naa + 2000, ARGV[6])
  redis.call('PEXPIRE', KEYS[2], 10000)
else
  redis.call('ZREM', KEYS[2], ARGV[6])
end
if not ledig then return 0 end
redis.call('ZADD', KEYS[1], naa + tonumber(ARGV[3]), ARGV[2])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) + 10000)
return 1
`;

/**
 * Slots shared by every instance in Redis. When Redis fails, this process falls back to its
 * own counter (the app keeps answering; the limit then holds per instance) and says so in
 * the log at most once a minute.
 */
export function plasserIRedis(redis: Redis, grense: number, opts: { pollMs?: number; margMs?: number; navnerom?: string } = {}): Plasser {
  const navnerom = opts.navnerom ?? "kob-api:";
  const leieKey = `${navnerom}samtidige`;
  const venteKey = `${navnerom}side-venter`;
  const instans = randomUUID();
  const margMs = opts.margMs ?? 1000;
  const reserve = plasserIProsess(grense);
  let advart = 0;
  const degrade = (error: unknown) => {
    if (Date.now() - advart > 60_000) {
      advart = Date.now();
      logger.warn({ err: error }, "redis unavailable: the limit on API calls holds per instance until it is back");
    }
  };
  return {
    pollMs: opts.pollMs ?? 15,
    async ta(prioritet, holdMs, sideVenter) {
      const id = randomUUID();
      try {
        const svar = await redis.eval(TA, 2, leieKey, venteKey, grense, id, Math.ceil(holdMs + margMs), prioritet, sideVenter ? "1" : "0", instans);
        return svar === 1 ? id : null;
      } catch (error) {
        degrade(error);
        return (await reserve.ta(prioritet, holdMs, sideVenter)) === null ? null : `lokal:${id}`;
      }
    },
    async slipp(id) {
      if (id.startsWith("lokal:")) return reserve.slipp(id);
      try {
        await redis.zrem(leieKey, id);
      } catch (error) {
        degrade(error); // the lease expires by itself
      }
    },
  };
}
