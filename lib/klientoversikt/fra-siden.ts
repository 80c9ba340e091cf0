import { z } from "zod";
import type { Party } from "../auth/types";
import { iDag as dagensDato } from "../dato";
import type { Spraak } from "../i18n/spraak";
import type { FeilInfo } from "../krav-visning/feil";
import { lesKlientTilstand, visKlienter } from "./tabell";
import { klientoversiktRespons, type EksportRad } from "./xlsx";

/**
 * POST /api/klienter/eksport?<the page's URL state> with the rows the page has: the export at
 * once, made from what the page has fetched (the summaries, or why a row failed), the rows
 * still on their way marked «ikke hentet». No call to the API: an accountant with 209 clients
 * gets the file without waiting for the slowest. The figures are the user's own view (nothing
 * the file could hold that the page did not show); which clients may be listed is the server's
 * decision: only the session's own parties, with the session's names.
 */

const beloep = z.number().finite();
const sammendragSchema = z.object({
  orgnr: z.string(),
  skjermet: z.boolean(),
  forfalte: z.object({ sum: beloep, antall: z.number().int().min(0) }),
  fremtidige: z.object({ sum: beloep, antall: z.number().int().min(0) }),
  renter: beloep,
  saldo: beloep,
  nesteForfall: z.object({ dato: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), beloep }).nullable(),
  uplasserte: beloep,
});
const feilSchema = z.object({
  type: z.string().max(40),
  status: z.number().int().nullable(),
  kode: z.string().max(40).nullable(),
  korrelasjonsid: z.string().max(100).nullable(),
  kanProevesIgjen: z.boolean(),
  ingenData: z.boolean(),
});
export const fraSidenSchema = z.object({
  rader: z
    .array(z.object({ orgnr: z.string().regex(/^\d{9}$/), sammendrag: sammendragSchema.nullable(), feil: feilSchema.nullable() }))
    .max(5000),
});

export type FraSidenAvhengigheter = {
  spraak: Spraak;
  sesjon: () => Promise<{ ok: true; parties: Party[] } | { ok: false; response: Response }>;
  naa?: () => Date;
  ugyldig: () => Response;
};

export async function haandterKlientEksportFraSiden(request: Request, deps: FraSidenAvhengigheter): Promise<Response> {
  const sesjon = await deps.sesjon();
  if (!sesjon.ok) return sesjon.response;
  // JSON only: a plain cross-site form cannot send it.
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) return deps.ugyldig();
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return deps.ugyldig();
  }
  const parsed = fraSidenSchema.safeParse(body);
  if (!parsed.success) return deps.ugyldig();
  const naa = deps.naa?.() ?? new Date();
  const iDag = dagensDato(naa);
  const parter = new Map(sesjon.parties.map((p) => [p.orgnr, p]));
  const sett = new Set<string>();
  const rader: EksportRad[] = [];
  for (const r of parsed.data.rader) {
    const party = parter.get(r.orgnr);
    if (!party || sett.has(r.orgnr)) continue;
    sett.add(r.orgnr);
    const sammendrag = r.sammendrag && r.sammendrag.orgnr === r.orgnr ? r.sammendrag : null;
    const feil: FeilInfo | null = sammendrag ? null : r.feil;
    rader.push({ orgnr: party.orgnr, navn: party.name, sammendrag, feil, ikkeHentet: !sammendrag && !feil });
  }
  const synlige = visKlienter(rader, lesKlientTilstand(new URL(request.url).searchParams), iDag);
  const respons = klientoversiktRespons(synlige, iDag, naa, deps.spraak);
  respons.headers.set("X-Ikke-Hentet", String(synlige.filter((r) => r.ikkeHentet).length));
  return respons;
}
