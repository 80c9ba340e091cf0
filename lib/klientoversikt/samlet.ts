import type { AapneKrav } from "../kravogbetalinger/model";
import { statusForFeil, tilFeilInfo, type FeilInfo } from "../krav-visning/feil";
import { lagKoe } from "./koe";
import { lagKlientSammendrag, type KlientSammendrag } from "./sammendrag";

/**
 * GET /api/klienter/samlet?orgnr=…&orgnr=…: many clients' rows in one request, as NDJSON, one
 * line per client as soon as it is ready (in the order the answers come). The browser has six
 * connections per host at most; one request per row kept the limiter on the API from ever being
 * full. Here the server's limiter (5 at once for the service, page requests first, round-robin
 * per person) is what paces the fill. Each client passes the same guard as its own route; a
 * refused or failed client is a line with its status and `feil`, never the end of the stream.
 */
export type SamletLinje =
  | { orgnr: string; status: 200; sammendrag: KlientSammendrag }
  | { orgnr: string; status: number; feil: FeilInfo };

export type SamletAvhengigheter = {
  /** The guard for one orgnr: ok, or the status it refuses with (400/401/403/503). */
  sjekkTilgang: (orgnr: string) => Promise<{ ok: true; orgnr: string } | { ok: false; status: number }>;
  hentAapnekrav: (orgnr: string) => Promise<AapneKrav>;
  iDag: string;
  /** Clients worked on at once here (token fetch, guard), ahead of the API limiter (default 20). */
  samtidig?: number;
};

export const MAKS_KLIENTER_PER_SAMLET = 300;

const avvist = (status: number): FeilInfo => ({
  type: status === 401 ? "innlogging" : status === 403 ? "tilgang" : status === 400 ? "input" : "ukjent",
  status: null,
  kode: null,
  korrelasjonsid: null,
  kanProevesIgjen: status === 503,
  ingenData: false,
});

export function lesOrgnrListe(params: URLSearchParams): string[] {
  return [...new Set(params.getAll("orgnr").flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))];
}

/** The lines for every client, as they are ready. */
export async function* samletSammendrag(orgnre: readonly string[], deps: SamletAvhengigheter): AsyncGenerator<SamletLinje> {
  const koe = lagKoe(deps.samtidig ?? 20);
  const ferdige: SamletLinje[] = [];
  let vekk: (() => void) | null = null;
  const legg = (linje: SamletLinje) => {
    ferdige.push(linje);
    vekk?.();
  };
  for (const orgnr of orgnre) {
    void koe.kjoer(async () => {
      try {
        const tilgang = await deps.sjekkTilgang(orgnr);
        if (!tilgang.ok) return legg({ orgnr, status: tilgang.status, feil: avvist(tilgang.status) });
        legg({ orgnr, status: 200, sammendrag: lagKlientSammendrag(await deps.hentAapnekrav(tilgang.orgnr), deps.iDag) });
      } catch (error) {
        const feil = tilFeilInfo(error);
        legg({ orgnr, status: feil.type === "input" ? 400 : statusForFeil(feil), feil });
      }
    });
  }
  for (let sendt = 0; sendt < orgnre.length; sendt++) {
    while (ferdige.length === 0) await new Promise<void>((r) => (vekk = r));
    vekk = null;
    yield ferdige.shift()!;
  }
}

export function ndjsonStrom(linjer: AsyncGenerator<SamletLinje>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await linjer.next();
      if (done) controller.close();
      else controller.enqueue(enc.encode(`${JSON.stringify(value)}\n`));
    },
    async cancel() {
      await linjer.return(undefined);
    },
  });
}
