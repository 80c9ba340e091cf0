import type {
  AapnekravResponse,
  FlerspraakligTekst,
  InnbetalingDto,
  KravDto,
  KravforfallDto,
  UtbetalingDto,
} from "./schema";
import type {
  AapneKrav,
  Betalingsinformasjon,
  Innbetaling,
  InnbetalingPlassering,
  KreditKrav,
  Krav,
  Kravforfall,
  PlassertInnbetaling,
  PlassertMotkrav,
  PlassertUtbetaling,
  Spraak,
  Utbetaling,
} from "./model";

/**
 * Pure reshaping from the API's parsed DTOs (schema.ts) to the domain model (model.ts):
 * texts in one language (nb fallback), old/new shapes merged, lists in date order, and
 * stable synthetic ids where a screened party's response lacks them. The ONE place where
 * signs are normalised (see model.ts): money in, money out and used amounts positive; claims
 * as the API gives them (debts positive, credits negative).
 */

type Kravperiode = KravDto["kravperiode"];

/** Picks the text in the requested language, else nb, else the first one; a plain string as is. */
export function velgTekst(tekst: FlerspraakligTekst | null | undefined, spraak: Spraak = "nb"): string | null {
  if (tekst === null || tekst === undefined) return null;
  if (typeof tekst === "string") return tekst.trim() === "" ? null : tekst;
  const texts = tekst.spraakTekst.filter((t) => t.tekst.trim() !== "");
  const lang = (t: { spraak: string }) => t.spraak.toLowerCase();
  const pick = texts.find((t) => lang(t) === spraak) ?? texts.find((t) => lang(t) === "nb") ?? texts[0];
  return pick?.tekst ?? null;
}

/** The period as text ("2023/02"); an old plain string as is; the year when only that is there. */
export function periodeTekst(periode: Kravperiode, spraak: Spraak = "nb"): string | null {
  if (periode === null || periode === undefined) return null;
  if (typeof periode === "string") return periode.trim() === "" ? null : periode;
  const text = velgTekst(periode.periodeBeskrivelse, spraak);
  if (text) return text;
  return periode.aar !== null && periode.aar !== undefined && String(periode.aar).trim() !== "" ? String(periode.aar) : null;
}

/** The year of a period: the `aar` field, or a leading four-digit year in the text. */
export function periodeAar(periode: Kravperiode, spraak: Spraak = "nb"): number | null {
  if (periode && typeof periode === "object" && periode.aar !== null && periode.aar !== undefined) {
    const n = Number(periode.aar);
    if (Number.isInteger(n) && n > 1900 && n < 3000) return n;
  }
  const match = periodeTekst(periode, spraak)?.match(/^\s*((?:19|20)\d{2})\b/);
  return match ? Number(match[1]) : null;
}

/** What was used of a payment or credit: positive (plassertBeloep is negative under krav, positive under innbetalinger). */
export function benyttet(plassertBeloep: number): number {
  return Math.abs(plassertBeloep) || 0;
}

/** Money in or out as a positive amount (the API gives innbetaltBeloep negative: money in is a credit). */
export function pengerInn(beloep: number): number {
  return Math.abs(beloep) || 0;
}

/** The period's first/last day, when the API gives them. */
function periodeDato(periode: Kravperiode, felt: "fraDato" | "tilDato"): string | null {
  return periode && typeof periode === "object" ? (periode[felt] ?? null) : null;
}

const rund = (n: number) => Math.round(n * 100) / 100 || 0;
const tekstEllerNull = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? null : v);

/** cyrb53: a small, fast, deterministic string hash (no crypto needed, works anywhere). */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Gives every item of a list an id: its own when it has one, else a synthetic one from its
 * content (plus the number of identical items before it), so the same item gets the same id
 * every time it is fetched, whatever window it came in.
 */
export function medIder<T>(items: readonly T[], ownId: (item: T) => string | null | undefined, prefix: string): { item: T; id: string }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const own = tekstEllerNull(ownId(item));
    if (own) return { item, id: own };
    const content = hash(JSON.stringify(item));
    const n = seen.get(content) ?? 0;
    seen.set(content, n + 1);
    return { item, id: `${prefix}-${content}${n > 0 ? `-${n}` : ""}` };
  });
}

/** Compares ISO dates with null last. */
function datoStigende(a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : 1;
}

export function tilBetalingsinformasjon(dto: KravforfallDto["betalingsinformasjon"]): Betalingsinformasjon | null {
  if (!dto) return null;
  const info: Betalingsinformasjon = {
    kontonummer: tekstEllerNull(dto.konto?.kontonummer),
    kid: tekstEllerNull(dto.kidnummer),
    iban: tekstEllerNull(dto.konto?.iban),
    swiftBIC: tekstEllerNull(dto.konto?.swiftBIC),
    bankinformasjon: tekstEllerNull(dto.konto?.bankinformasjon),
  };
  return Object.values(info).some((v) => v !== null) ? info : null;
}

type PlassertInnbetalingDto = NonNullable<KravforfallDto["plassertInnbetaling"]>[number];
type PlassertMotkravDto = NonNullable<KravforfallDto["plassertMotkrav"]>[number];
type PlassertUtbetalingDto = NonNullable<KravforfallDto["plassertUtbetaling"]>[number];

export function tilPlassertUtbetaling(dto: PlassertUtbetalingDto): PlassertUtbetaling {
  return {
    utbetalingsidentifikator: tekstEllerNull(dto.utbetalingsidentifikator),
    benyttetBeloep: benyttet(dto.plassertBeloep),
    utbetaltBeloep: dto.utbetaltBeloep === null || dto.utbetaltBeloep === undefined ? null : pengerInn(dto.utbetaltBeloep),
    utbetaltDato: dto.utbetaltDato ?? null,
    plassertDato: dto.plassertDato ?? null,
    tilKonto: tekstEllerNull(dto.betaltTil?.konto?.kontonummer),
    kontoeiersNavn: tekstEllerNull(dto.betaltTil?.konto?.kontoeiersNavn),
    melding: tekstEllerNull(dto.betaltTil?.meldingSendtTilMottaker),
  };
}

export function tilPlassertInnbetaling(dto: PlassertInnbetalingDto): PlassertInnbetaling {
  return {
    innbetalingsidentifikator: tekstEllerNull(dto.innbetalingsIdentifikator),
    benyttetBeloep: benyttet(dto.plassertBeloep),
    plassertDato: dto.plassertDato ?? null,
    innbetalingsdato: dto.innbetalingsdato ?? null,
    innbetaltBeloep: dto.innbetaltBeloep === null || dto.innbetaltBeloep === undefined ? null : pengerInn(dto.innbetaltBeloep),
    innbetaltFraKonto: tekstEllerNull(dto.innbetaltFra?.konto?.kontonummer),
    kontoeiersNavn: tekstEllerNull(dto.innbetaltFra?.konto?.kontoeiersNavn),
    innbetalingstype: tekstEllerNull(dto.innbetalingstype),
    kid: tekstEllerNull(dto.innbetaltFra?.kidnummer),
    melding: tekstEllerNull(dto.innbetaltFra?.meldingSendtTilMottaker),
  };
}

export function tilPlassertMotkrav(dto: PlassertMotkravDto, spraak: Spraak = "nb"): PlassertMotkrav {
  return {
    kravforfallsIdentifikator: tekstEllerNull(dto.kravforfallsIdentifikator),
    benyttetBeloep: benyttet(dto.plassertBeloep),
    kravtype: tekstEllerNull(dto.kravtype),
    plassertDato: dto.plassertDato ?? null,
    beskrivelse: velgTekst(dto.kravbeskrivelse, spraak),
    forfallsdato: dto.forfallsdato ?? null,
    periode: periodeTekst(dto.kravperiode, spraak),
  };
}

export function tilKravforfall(dto: KravforfallDto, id: string, spraak: Spraak = "nb"): Kravforfall {
  return {
    kravforfallsIdentifikator: id,
    forfallsdato: dto.forfallsdato,
    opprinneligBeloep: dto.opprinneligBeloep,
    gjenstaaendeBeloep: dto.gjenstaaendeBeloep,
    betalingsinformasjon: tilBetalingsinformasjon(dto.betalingsinformasjon),
    utsattIverksettelse: dto.utsattIverksettelse ?? false,
    innbetalinger: (dto.plassertInnbetaling ?? [])
      .map(tilPlassertInnbetaling)
      .sort((a, b) => datoStigende(a.plassertDato ?? a.innbetalingsdato, b.plassertDato ?? b.innbetalingsdato)),
    motkrav: (dto.plassertMotkrav ?? []).map((m) => tilPlassertMotkrav(m, spraak)).sort((a, b) => datoStigende(a.plassertDato, b.plassertDato)),
    utbetalinger: (dto.plassertUtbetaling ?? []).map(tilPlassertUtbetaling).sort((a, b) => datoStigende(a.plassertDato, b.plassertDato)),
  };
}

/** One claim; `id` is its kravidentifikator (or a synthetic one, see medIder). */
export function tilKrav(dto: KravDto, id: string, spraak: Spraak = "nb"): Krav {
  const forfall = medIder(dto.kravforfall ?? [], (f) => f.kravforfallsIdentifikator, `${id}-forfall`)
    .map(({ item, id: forfallId }) => tilKravforfall(item, forfallId, spraak))
    .sort((a, b) => datoStigende(a.forfallsdato, b.forfallsdato));
  const fastsetting = tekstEllerNull(dto.fastsettingsmaate);
  return {
    kravidentifikator: id,
    kravtype: dto.kravtype,
    kravgruppe: dto.kravgruppe,
    beskrivelse: velgTekst(dto.kravbeskrivelse, spraak) ?? dto.kravtype,
    periode: periodeTekst(dto.kravperiode, spraak),
    aar: periodeAar(dto.kravperiode, spraak),
    periodeFra: periodeDato(dto.kravperiode, "fraDato"),
    periodeTil: periodeDato(dto.kravperiode, "tilDato"),
    hovedstolKravidentifikator: tekstEllerNull(dto.hovedstolKravidentifikator),
    opprettelsesdato: dto.opprettelsesdatoForKrav ?? null,
    opprinneligBeloep: dto.opprinneligBeloep,
    gjenstaaendeBeloep: dto.gjenstaaendeBeloep,
    stipulerteRenter: dto.stipulerteRenter ?? 0,
    fastsettingsmaate: fastsetting && fastsetting.toLowerCase() !== "blank" ? fastsetting : null,
    forfall,
  };
}

/** Claims in date order: by first due date, then creation date, then id. */
export function sorterKrav(krav: Krav[]): Krav[] {
  return krav.sort(
    (a, b) =>
      datoStigende(a.forfall[0]?.forfallsdato, b.forfall[0]?.forfallsdato) ||
      datoStigende(a.opprettelsesdato, b.opprettelsesdato) ||
      (a.kravidentifikator < b.kravidentifikator ? -1 : a.kravidentifikator > b.kravidentifikator ? 1 : 0),
  );
}

export function tilKravListe(dtos: readonly KravDto[], spraak: Spraak = "nb"): Krav[] {
  return sorterKrav(medIder(dtos, (k) => k.kravidentifikator, "krav").map(({ item, id }) => tilKrav(item, id, spraak)));
}

type PlasseringDto = NonNullable<InnbetalingDto["plassertKrav"]>[number];

export function tilPlassering(dto: PlasseringDto, spraak: Spraak = "nb"): InnbetalingPlassering {
  return {
    kravidentifikator: tekstEllerNull(dto.kravidentifikator),
    kravforfallsIdentifikator: tekstEllerNull(dto.kravforfallIdentifikator),
    kravtype: tekstEllerNull(dto.kravtype),
    kravgruppe: tekstEllerNull(dto.kravgruppe),
    beskrivelse: velgTekst(dto.kravbeskrivelse, spraak),
    periode: periodeTekst(dto.kravperiode, spraak),
    forfallsdato: dto.kravforfallsdato ?? null,
    benyttetBeloep: benyttet(dto.plassertBeloep),
    plassertDato: dto.plassertDato ?? null,
    opprinneligBeloep: dto.opprinneligKravforfallsbeloep ?? null,
    gjenstaaendeBeloep: dto.gjenstaaendeKravforfallsbeloep ?? null,
  };
}

export function tilInnbetaling(dto: InnbetalingDto, id: string, spraak: Spraak = "nb"): Innbetaling {
  const plasseringer = (dto.plassertKrav ?? []).map((p) => tilPlassering(p, spraak)).sort((a, b) => datoStigende(a.plassertDato, b.plassertDato));
  const innbetalt = pengerInn(dto.innbetaltBeloep);
  // Without uplassertBeloep: what the listed placements leave over, if they are listed at all.
  const uplassert =
    dto.uplassertBeloep !== null && dto.uplassertBeloep !== undefined
      ? pengerInn(dto.uplassertBeloep)
      : dto.plassertKrav
        ? Math.max(0, rund(innbetalt - plasseringer.reduce((s, p) => s + p.benyttetBeloep, 0)))
        : 0;
  return {
    innbetalingsidentifikator: id,
    innbetalingsdato: dto.innbetalingsdato,
    innbetaltBeloep: innbetalt,
    uplassertBeloep: uplassert,
    innbetalingstype: tekstEllerNull(dto.innbetalingstype),
    kid: tekstEllerNull(dto.innbetaltFra?.kidnummer) ?? tekstEllerNull(dto.kid),
    melding: tekstEllerNull(dto.innbetaltFra?.meldingSendtTilMottaker),
    mottakersKontonummer: tekstEllerNull(dto.mottakersKontonummer?.kontonummer),
    innbetaltFraKonto: tekstEllerNull(dto.innbetaltFra?.konto?.kontonummer),
    kontoeiersNavn: tekstEllerNull(dto.innbetaltFra?.konto?.kontoeiersNavn),
    plasseringer,
  };
}

export function tilInnbetalingListe(dtos: readonly InnbetalingDto[], spraak: Spraak = "nb"): Innbetaling[] {
  return medIder(dtos, (i) => i.innbetalingsidentifikator, "innbetaling")
    .map(({ item, id }) => tilInnbetaling(item, id, spraak))
    .sort((a, b) => datoStigende(a.innbetalingsdato, b.innbetalingsdato));
}

type KreditKravDto = NonNullable<NonNullable<UtbetalingDto["grunnlagForUtbetaling"]>["kreditKrav"]>[number];

/** A credit behind a payout; motregnetBeloep is what of it covered other claims. */
export function tilKreditKrav(dto: KreditKravDto, spraak: Spraak = "nb"): KreditKrav {
  const gjenstaaende = dto.gjenstaaendeBeloep ?? 0;
  const utbetalt = dto.utbetaltBeloep ?? 0;
  return {
    kravforfallsIdentifikator: tekstEllerNull(dto.kravforfallidentifikator),
    beskrivelse: velgTekst(dto.kravbeskrivelse, spraak),
    kravtype: tekstEllerNull(dto.kravtype),
    periode: periodeTekst(dto.kravperiode, spraak),
    opprinneligBeloep: dto.opprinneligBeloep,
    gjenstaaendeBeloep: gjenstaaende,
    utbetaltBeloep: pengerInn(utbetalt),
    motregnetBeloep: Math.max(0, rund(Math.abs(dto.opprinneligBeloep) - Math.abs(utbetalt) - Math.abs(gjenstaaende))),
  };
}

export function tilUtbetaling(dto: UtbetalingDto, id: string, spraak: Spraak = "nb"): Utbetaling {
  return {
    utbetalingsidentifikator: id,
    utbetaltdato: dto.utbetaltdato,
    utbetaltBeloep: pengerInn(dto.utbetaltBeloep),
    utbetalingstatus: tekstEllerNull(dto.utbetalingstatus),
    melding: tekstEllerNull(dto.betaltTil?.meldingSendtTilMottaker),
    tilKonto: tekstEllerNull(dto.betaltTil?.konto?.kontonummer),
    kontoeiersNavn: tekstEllerNull(dto.betaltTil?.konto?.kontoeiersNavn),
    valutakode: tekstEllerNull(dto.betaltTil?.valutakode),
    kreditKrav: (dto.grunnlagForUtbetaling?.kreditKrav ?? []).map((k) => tilKreditKrav(k, spraak)),
  };
}

export function tilUtbetalingListe(dtos: readonly UtbetalingDto[], spraak: Spraak = "nb"): Utbetaling[] {
  return medIder(dtos, (u) => u.utbetalingsidentifikator, "utbetaling")
    .map(({ item, id }) => tilUtbetaling(item, id, spraak))
    .sort((a, b) => datoStigende(a.utbetaltdato, b.utbetaltdato));
}

export function tilAapneKrav(dto: AapnekravResponse, spraak: Spraak = "nb"): AapneKrav {
  const t = dto.totalOversikt ?? { sumStipulerteRenter: 0, sumForfalteKrav: 0, sumIkkeForfalteKrav: 0, sumUplasserteInnbetalinger: 0, saldo: 0 };
  return {
    partIdentifikator: dto.partIdentifikator,
    skjermet: dto.skjermet ?? false,
    harSummer: dto.totalOversikt !== null && dto.totalOversikt !== undefined,
    forkastet: dto.forkastet.antall,
    krav: tilKravListe(dto.aapentKravMedGjenstaaendeBeloep ?? [], spraak),
    uplasserteInnbetalinger: tilInnbetalingListe(dto.innbetalingMedUplassertBeloep ?? [], spraak),
    totalOversikt: {
      sumStipulerteRenter: t.sumStipulerteRenter,
      sumForfalteKrav: t.sumForfalteKrav,
      sumIkkeForfalteKrav: t.sumIkkeForfalteKrav,
      sumUplasserteInnbetalinger: pengerInn(t.sumUplasserteInnbetalinger),
      saldo: t.saldo,
    },
    oversiktPerKravgruppe: (dto.oversiktPerKravgruppe ?? []).map((g) => ({
      kravgruppe: g.kravgruppe,
      sumStipulerteRenter: g.sumStipulerteRenter,
      sumForfalteKrav: g.sumForfalteKrav,
      sumIkkeForfalteKrav: g.sumIkkeForfalteKrav,
      saldo: g.saldo,
    })),
  };
}

/** aapnekrav for a party with nothing (KB-007). */
export function tomAapneKrav(partIdentifikator: string): AapneKrav {
  return {
    partIdentifikator,
    skjermet: false,
    harSummer: true,
    forkastet: 0,
    krav: [],
    uplasserteInnbetalinger: [],
    totalOversikt: { sumStipulerteRenter: 0, sumForfalteKrav: 0, sumIkkeForfalteKrav: 0, sumUplasserteInnbetalinger: 0, saldo: 0 },
    oversiktPerKravgruppe: [],
  };
}
