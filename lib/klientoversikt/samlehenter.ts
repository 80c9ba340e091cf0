import { HentFeil, hentFeilFraSvar, type FeilInfo } from "@/lib/krav-visning/feil";
import type { KlientSammendrag } from "./sammendrag";
import type { SamletLinje } from "./samlet";

/**
 * The browser's side of the klientoversikt's fill: every row asked for in the same tick goes
 * into one streamed request (GET /api/klienter/samlet, at most `perForespoersel` clients each),
 * and each row's promise settles when its line arrives. A single row (its "Prøv igjen") uses
 * /api/klienter/[orgnr]. The server's limiter paces the API calls; the browser's six
 * connections per host no longer do.
 */
export type Samlehenter = { hent(orgnr: string): Promise<KlientSammendrag> };

type Venter = { resolve: (s: KlientSammendrag) => void; reject: (e: unknown) => void };

const BRUTT: FeilInfo = { type: "network", status: null, kode: null, korrelasjonsid: null, kanProevesIgjen: true, ingenData: false };

export function lagSamlehenter(opts: { perForespoersel?: number; fetch?: typeof fetch } = {}): Samlehenter {
  const per = opts.perForespoersel ?? 100;
  const hentUrl = opts.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  let planlagt = new Map<string, Venter[]>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function en(orgnr: string, venter: Venter[]) {
    try {
      const res = await hentUrl(`/api/klienter/${encodeURIComponent(orgnr)}`, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (!res.ok) throw await hentFeilFraSvar(res);
      const s = (await res.json()) as KlientSammendrag;
      for (const v of venter) v.resolve(s);
    } catch (error) {
      for (const v of venter) v.reject(error);
    }
  }

  async function mange(gruppe: Map<string, Venter[]>) {
    const settle = (orgnr: string, fn: (v: Venter) => void) => {
      for (const v of gruppe.get(orgnr) ?? []) fn(v);
      gruppe.delete(orgnr);
    };
    try {
      const query = [...gruppe.keys()].map((o) => `orgnr=${encodeURIComponent(o)}`).join("&");
      const res = await hentUrl(`/api/klienter/samlet?${query}`, { headers: { Accept: "application/x-ndjson" }, credentials: "same-origin" });
      if (!res.ok || !res.body) {
        const feil = await hentFeilFraSvar(res);
        for (const orgnr of [...gruppe.keys()]) settle(orgnr, (v) => v.reject(feil));
        return;
      }
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let rest = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (value) rest += value;
        let i: number;
        while ((i = rest.indexOf("\n")) >= 0) {
          const linje = JSON.parse(rest.slice(0, i)) as SamletLinje;
          rest = rest.slice(i + 1);
          if ("sammendrag" in linje) settle(linje.orgnr, (v) => v.resolve(linje.sammendrag));
          else settle(linje.orgnr, (v) => v.reject(new HentFeil(linje.feil, linje.status)));
        }
        if (done) break;
      }
    } catch {
      // the connection broke: what has not arrived fails below, and can be tried again
    }
    for (const orgnr of [...gruppe.keys()]) settle(orgnr, (v) => v.reject(new HentFeil(BRUTT, 0)));
  }

  function send() {
    timer = null;
    const alle = [...planlagt.entries()];
    planlagt = new Map();
    if (alle.length === 1) return void en(alle[0]![0], alle[0]![1]);
    for (let i = 0; i < alle.length; i += per) void mange(new Map(alle.slice(i, i + per)));
  }

  return {
    hent(orgnr) {
      return new Promise<KlientSammendrag>((resolve, reject) => {
        const liste = planlagt.get(orgnr) ?? [];
        liste.push({ resolve, reject });
        planlagt.set(orgnr, liste);
        timer ??= setTimeout(send, 0);
      });
    },
  };
}
