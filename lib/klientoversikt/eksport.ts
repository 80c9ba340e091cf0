import type { Logger } from "pino";
import type { Access, Party } from "../auth/types";
import { iDag as dagensDato } from "../dato";
import type { Spraak } from "../i18n/spraak";
import type { AapneKrav } from "../kravogbetalinger/model";
import { tilFeilInfo } from "../krav-visning/feil";
import { lagKoe, STANDARD_SAMTIDIGHET } from "./koe";
import { lagKlientSammendrag } from "./sammendrag";
import { lesKlientTilstand, visKlienter } from "./tabell";
import { klientoversiktRespons, type EksportRad } from "./xlsx";

/**
 * GET /api/klienter/eksport?<the page's URL state>: the klientoversikt as .xlsx. A short script
 * of early returns: the session (401 without one), then for every party of the person the
 * same guard as every other party route (checkPartyAccess, once per row; a refused party is
 * left out), at most 8 aapnekrav fetches at once (cached per party by the API client), then
 * the page's filter and sort, then the file. A client that fails is a row that says why.
 * This GET waits for every client: it is the link without JavaScript, and has no rows to start
 * from (the page's button POSTs the rows it has: fra-siden.ts). With `fristMs` it does not wait
 * for the slowest: what is ready by then goes in, the rest are rows marked "ikke hentet" (those
 * already asked for finish in the background and are cached; those not yet started are not asked for).
 * The file is in the request's language (`spraak`); `X-Ikke-Hentet` says how many were not fetched.
 */

const FRIST = Symbol("frist");

export type EksportAvhengigheter = {
  spraak: Spraak;
  /** The logged-in person's parties, or a ready 401/503 response. */
  sesjon: () => Promise<{ ok: true; parties: Party[] } | { ok: false; response: Response }>;
  sjekkTilgang: (orgnr: string) => Promise<{ ok: true; access: Access } | { ok: false; response: Response }>;
  hentAapnekrav: (orgnr: string) => Promise<AapneKrav>;
  logger: Logger;
  naa?: () => Date;
  samtidig?: number;
  fristMs?: number;
};

export async function haandterKlientEksport(request: Request, deps: EksportAvhengigheter): Promise<Response> {
  const sesjon = await deps.sesjon();
  if (!sesjon.ok) return sesjon.response;
  const naa = deps.naa?.() ?? new Date();
  const iDag = dagensDato(naa);
  const tilstand = lesKlientTilstand(new URL(request.url).searchParams);
  const koe = lagKoe(deps.samtidig ?? STANDARD_SAMTIDIGHET);
  const startet = performance.now();

  let forSent = false;
  let tidtaker: ReturnType<typeof setTimeout> | undefined;
  const frist = new Promise<typeof FRIST>((resolve) => {
    if (deps.fristMs === undefined) return;
    tidtaker = setTimeout(() => {
      forSent = true;
      resolve(FRIST);
    }, deps.fristMs);
  });
  const rader = await Promise.all(
    sesjon.parties.map(async (party): Promise<EksportRad | null> => {
      const grunnlag = { orgnr: party.orgnr, navn: party.name };
      const rad = koe.kjoer(async (): Promise<EksportRad | null | typeof FRIST> => {
        const tilgang = await deps.sjekkTilgang(party.orgnr);
        if (!tilgang.ok) return null;
        if (forSent) return FRIST;
        try {
          return { ...grunnlag, sammendrag: lagKlientSammendrag(await deps.hentAapnekrav(party.orgnr), iDag), feil: null };
        } catch (error) {
          return { ...grunnlag, sammendrag: null, feil: tilFeilInfo(error) };
        }
      });
      const svar = await Promise.race([rad, frist]);
      if (svar !== FRIST) return svar;
      // Not ready: the same guard decides whether the row is listed at all.
      const tilgang = await deps.sjekkTilgang(party.orgnr);
      return tilgang.ok ? { ...grunnlag, sammendrag: null, feil: null, ikkeHentet: true } : null;
    }),
  );
  clearTimeout(tidtaker);
  const synlige = visKlienter(
    rader.filter((r): r is EksportRad => r !== null),
    tilstand,
    iDag,
  );
  const ikkeHentet = synlige.filter((r) => r.ikkeHentet).length;
  deps.logger.info(
    { klienter: synlige.length, feilet: synlige.filter((r) => r.feil).length, ikkeHentet, hentetMs: Math.round(performance.now() - startet) },
    "klientoversikt: eksport laget",
  );
  const respons = klientoversiktRespons(synlige, iDag, naa, deps.spraak, (feil) => deps.logger.error({ err: feil }, "klientoversikt: skrivingen feilet"));
  respons.headers.set("X-Ikke-Hentet", String(ikkeHentet));
  return respons;
}
