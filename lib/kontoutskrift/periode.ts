import { addDays, addYears } from "date-fns";
import { formatDato, parseIsoDato, tilIsoDato, type IsoDato } from "../dato";
import type { Oversetter } from "../i18n/oversetter";
import type { Spraak } from "../i18n/spraak";
import type { Periode } from "../kravogbetalinger/model";

/**
 * The kontoutskrift's period and sheet choice: quick choices and validation, shared by the form
 * (in the browser) and the route (on the server), so both refuse the same periods with the
 * same message. Pure: "today" is always passed in, and so are the texts (the form's
 * useTranslations, the route's oversetter) and the language their dates are shown in.
 */

/** The kontoutskrift's texts in the request's or the page's language. */
export type KontoutskriftTekster = { t: Oversetter<"kontoutskrift">; spraak: Spraak };

/** The first date Skatteetaten's API has claims and payments for. */
export const TIDLIGSTE_DATO: IsoDato = "2018-01-01";
/** A statement covers at most this many years (the API is asked one year at a time). */
export const MAKS_AAR = 10;

/** The sheets a user may leave out; "Kontoutskrift gjelder" is always there. */
export const ARK_VALG = ["krav", "utbetalinger", "transaksjoner", "motregning"] as const;
export type ArkValg = (typeof ARK_VALG)[number];

export type PeriodeFeil = { felt: "fraOgMed" | "tilOgMed"; melding: string };
export type PeriodeResultat = { ok: true; periode: Periode } | { ok: false; feil: PeriodeFeil[] };

const flytt = (dato: IsoDato, aar: number, dager = 0): IsoDato => {
  const d = parseIsoDato(dato);
  if (!d) throw new Error(`ugyldig dato: ${dato}`);
  return tilIsoDato(addDays(addYears(d, aar), dager));
};

/** The earliest allowed start for a period that ends on `tilOgMed`. */
function tidligsteFra(tilOgMed: IsoDato): IsoDato {
  const tiAarTilbake = flytt(tilOgMed, -MAKS_AAR, 1);
  return tiAarTilbake > TIDLIGSTE_DATO ? tiAarTilbake : TIDLIGSTE_DATO;
}

export type Hurtigvalg = "iAar" | "iFjor" | "siste12" | "alleAar";
export const HURTIGVALG: readonly Hurtigvalg[] = ["iAar", "iFjor", "siste12", "alleAar"];

/** The form's quick choices, each a valid period as of `iDag`. */
export function hurtigvalg(iDag: IsoDato): Record<Hurtigvalg, Periode> {
  const aar = Number(iDag.slice(0, 4));
  const klipp = (p: Periode): Periode => ({ fraOgMed: p.fraOgMed < TIDLIGSTE_DATO ? TIDLIGSTE_DATO : p.fraOgMed, tilOgMed: p.tilOgMed });
  return {
    iAar: klipp({ fraOgMed: `${aar}-01-01`, tilOgMed: iDag }),
    iFjor: klipp({ fraOgMed: `${aar - 1}-01-01`, tilOgMed: `${aar - 1}-12-31` }),
    siste12: klipp({ fraOgMed: flytt(iDag, -1, 1), tilOgMed: iDag }),
    alleAar: { fraOgMed: tidligsteFra(iDag), tilOgMed: iDag },
  };
}

/** Checks a period (ISO dates) against the rules; every broken rule gives a message. */
export function validerPeriode(input: { fraOgMed?: string | null; tilOgMed?: string | null }, iDag: IsoDato, { t, spraak }: KontoutskriftTekster): PeriodeResultat {
  const fraOgMed = input.fraOgMed ?? "";
  const tilOgMed = input.tilOgMed ?? "";
  const feil: PeriodeFeil[] = [];
  const fraGyldig = parseIsoDato(fraOgMed) !== null;
  const tilGyldig = parseIsoDato(tilOgMed) !== null;
  if (!fraGyldig) feil.push({ felt: "fraOgMed", melding: t("feil.ugyldigDato", { felt: t("skjema.fraOgMed") }) });
  if (!tilGyldig) feil.push({ felt: "tilOgMed", melding: t("feil.ugyldigDato", { felt: t("skjema.tilOgMed") }) });
  if (feil.length) return { ok: false, feil };

  if (tilOgMed > iDag) feil.push({ felt: "tilOgMed", melding: t("feil.iFremtiden") });
  if (fraOgMed > tilOgMed) feil.push({ felt: "fraOgMed", melding: t("feil.fraEtterTil") });
  else if (fraOgMed < TIDLIGSTE_DATO) feil.push({ felt: "fraOgMed", melding: t("feil.foerTidligste", { dato: formatDato(TIDLIGSTE_DATO, spraak) }) });
  else if (fraOgMed < flytt(tilOgMed, -MAKS_AAR, 1)) feil.push({ felt: "fraOgMed", melding: t("feil.forLang") });
  return feil.length ? { ok: false, feil } : { ok: true, periode: { fraOgMed, tilOgMed } };
}

/**
 * The sheets asked for, as the route gets them: `ark=krav,motregning` or repeated `ark=krav&ark=...`.
 * None given means all of them.
 */
export function validerArk(verdier: readonly string[], t: Oversetter<"kontoutskrift">): { ok: true; ark: ArkValg[] } | { ok: false; melding: string } {
  const navn = verdier.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  if (verdier.length === 0) return { ok: true, ark: [...ARK_VALG] };
  if (navn.length === 0) return { ok: false, melding: t("feil.ingenArk") };
  const ukjent = navn.filter((n) => !(ARK_VALG as readonly string[]).includes(n));
  if (ukjent.length) return { ok: false, melding: t("feil.ukjentArk") };
  return { ok: true, ark: ARK_VALG.filter((a) => navn.includes(a)) };
}

/**
 * "15.03.2024" (or "15.3.2024"), or "15/03/2024" as the English form shows it, as the form's
 * user types it -> "2024-03-15"; null if not a date.
 */
export function parseDatoInput(value: string): IsoDato | null {
  const m = /^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$/.exec(value);
  if (!m) return parseIsoDato(value.trim()) ? value.trim() : null;
  const iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return parseIsoDato(iso) ? iso : null;
}
