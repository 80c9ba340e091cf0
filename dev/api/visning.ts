import { renteMedDelbetalinger } from "../renter/renter";
import { iso } from "../testdata/krav/dager";
import { maskert } from "../testdata/krav/konto";
import { KRAVGRUPPER } from "../testdata/krav/kravtyper";
import type { Forfall, Innbetaling, Krav, Kravperiode, Ledger, Plassering, Tekst, Utbetaling } from "../testdata/krav/ledger";

/**
 * Renders a party's ledger as the Krav og betalinger API's JSON, with the field names and signs
 * of Skatteetaten's published examples (shared/contract/kravogbetalinger, docs/krav-og-betalinger-api.md):
 * amounts in kroner; the KID is `betalingsinformasjon.kidnummer`; a payment's `innbetaltBeloep`
 * is negative (money in is a credit) and its payer's KID is `innbetaltFra.kidnummer`;
 * `plassertBeloep` is negative under `krav` (plassertInnbetaling, plassertMotkrav) and positive
 * under `innbetalinger` (`plassertKrav[]`); texts as `{ spraakTekst: [{ tekst, spraak }] }`.
 * A screened party (skjermet) gets the fully screened form: only the call's parameters and
 * `"skjermet": true` (Skatteetaten's screening page: "in most cases all content is removed").
 * dev/api/kontrakt.test.ts fails when a field path here is in no published example.
 */

type Json = Record<string, unknown>;

const kroner = (oere: number) => oere / 100;

export function spraakTekst(t: Tekst) {
  const out = [{ tekst: t.nb, spraak: "nb" }];
  if (t.nn) out.push({ tekst: t.nn, spraak: "nn" });
  if (t.en) out.push({ tekst: t.en, spraak: "en" });
  return { spraakTekst: out };
}

function kravperiode(p: Kravperiode | null) {
  // aar is a string in the published examples ("2022")
  return p ? { periodeBeskrivelse: spraakTekst(p.tekst), aar: String(p.aar) } : undefined;
}

/** Late-payment interest so far on an open claim, whole kroner (0 when settled or a credit). */
export function stipulerteRenter(krav: Krav, idag: number): number {
  if (krav.kreditt || krav.forfall.every((f) => f.gjenstaaende === 0)) return 0;
  let sum = 0;
  for (const f of krav.forfall) {
    const endringer = f.plasseringer.map((p) => ({ dag: p.dag, beloep: p.beloep / 100 }));
    sum += renteMedDelbetalinger(f.opprinnelig / 100, f.dag, endringer, idag);
  }
  return Math.round(sum);
}

type Ctx = { orgnr: string; skjermet: boolean; idag: number };

function innbetaltFra(inn: Innbetaling) {
  return {
    kidnummer: inn.kid ?? undefined,
    konto: { kontoeiersNavn: inn.fraNavn ?? undefined, kontonummer: maskert(inn.fraKonto) },
  };
}

function plassertInnbetaling(p: Plassering): Json {
  const inn = p.innbetaling!;
  return {
    innbetalingsIdentifikator: inn.id,
    plassertBeloep: -kroner(p.beloep),
    plassertDato: iso(p.dag),
    innbetalingsdato: iso(inn.dag),
    innbetaltBeloep: -kroner(inn.beloep),
    innbetaltFra: innbetaltFra(inn),
    innbetalingstype: inn.type,
  };
}

function plassertMotkrav(p: Plassering): Json {
  const kf = p.kreditForfall!;
  return {
    kravforfallsIdentifikator: kf.id,
    plassertBeloep: -kroner(p.beloep),
    kravtype: kf.krav.kravtype,
    plassertDato: iso(p.dag),
    kravbeskrivelse: spraakTekst(kf.krav.beskrivelse),
    forfallsdato: iso(kf.dag),
    kravperiode: kravperiode(kf.krav.periode),
  };
}

const nonEmpty = <T>(list: T[]) => (list.length > 0 ? list : undefined);

function kravforfall(f: Forfall): Json {
  const k = f.krav;
  return {
    kravforfallsIdentifikator: f.id,
    forfallsdato: iso(f.dag),
    opprinneligBeloep: kroner(f.opprinnelig),
    gjenstaaendeBeloep: kroner(f.gjenstaaende),
    betalingsinformasjon: k.kreditt
      ? {}
      : {
          kidnummer: k.kid ?? undefined,
          konto: {
            kontoeiersNavn: "SKATTEETATEN - SKATTEINNKREVING",
            kontonummer: k.konto.kontonummer,
            iban: k.konto.iban,
            swiftBIC: k.konto.swiftBIC,
          },
        },
    // documented (docs/krav-og-betalinger-api.md, Kravforfall), in no published example: only when true
    utsattIverksettelse: f.utsattIverksettelse ? true : undefined,
    plassertInnbetaling: nonEmpty(f.plasseringer.filter((p) => p.innbetaling).map(plassertInnbetaling)),
    plassertMotkrav: nonEmpty(f.plasseringer.filter((p) => p.kreditForfall).map(plassertMotkrav)),
  };
}

export function kravDto(k: Krav, ctx: Ctx): Json {
  const sum = (pick: (f: Forfall) => number) => kroner(k.forfall.reduce((s, f) => s + pick(f), 0));
  return {
    partIdentifikator: ctx.orgnr,
    kravidentifikator: k.id,
    kravtype: k.kravtype,
    kravgruppe: k.kravgruppe,
    kravbeskrivelse: spraakTekst(k.beskrivelse),
    kravperiode: kravperiode(k.periode),
    opprettelsesdatoForKrav: iso(k.opprettet),
    opprinneligBeloep: sum((f) => f.opprinnelig),
    gjenstaaendeBeloep: sum((f) => f.gjenstaaende),
    stipulerteRenter: stipulerteRenter(k, ctx.idag),
    fastsettingsmaate: k.fastsettingsmaate ?? undefined,
    kravforfall: k.forfall.map(kravforfall),
  };
}

function innbetalingDto(inn: Innbetaling, ctx: Ctx): Json {
  return {
    partIdentifikator: ctx.orgnr,
    innbetalingsidentifikator: inn.id,
    innbetalingsdato: iso(inn.dag),
    innbetaltBeloep: -kroner(inn.beloep),
    plassertKrav: inn.plasseringer.map((p) => ({
      kravforfallIdentifikator: p.forfall.id,
      plassertBeloep: kroner(p.beloep),
      plassertDato: iso(p.dag),
      kravbeskrivelse: spraakTekst(p.forfall.krav.beskrivelse),
      kravforfallsdato: iso(p.forfall.dag),
      opprinneligKravforfallsbeloep: kroner(p.forfall.opprinnelig),
      gjenstaaendeKravforfallsbeloep: kroner(p.forfall.gjenstaaende),
    })),
    uplassertBeloep: kroner(inn.uplassert),
    mottakersKontonummer: { kontonummer: inn.tilKonto },
    innbetaltFra: innbetaltFra(inn),
    innbetalingstype: inn.type,
  };
}

function utbetalingDto(u: Utbetaling, ctx: Ctx): Json {
  return {
    partIdentifikator: ctx.orgnr,
    utbetalingsidentifikator: u.id,
    utbetaltdato: iso(u.dag),
    utbetaltBeloep: kroner(u.beloep),
    utbetalingstatus: u.status,
    betaltTil: {
      meldingSendtTilMottaker: u.melding,
      konto: { kontoeiersNavn: u.tilNavn, kontonummer: maskert(u.tilKonto) },
      valutakode: "NOK",
    },
    grunnlagForUtbetaling: {
      kreditKrav: u.kreditKrav.map(({ forfall, utbetalt }) => ({
        kravforfallidentifikator: forfall.id,
        opprinneligBeloep: kroner(forfall.opprinnelig),
        gjenstaaendeBeloep: kroner(forfall.gjenstaaende),
        utbetaltBeloep: kroner(utbetalt),
        kravbeskrivelse: spraakTekst(forfall.krav.beskrivelse),
        kravtype: forfall.krav.kravtype,
        kravperiode: kravperiode(forfall.krav.periode),
      })),
    },
  };
}

const ctxOf = (ledger: Ledger): Ctx => ({ orgnr: ledger.orgnr, skjermet: ledger.skjermet, idag: ledger.idag });
const forsteForfall = (k: Krav) => k.forfall[0]?.dag ?? k.opprettet;
const etterForfall = (a: Krav, b: Krav) => forsteForfall(a) - forsteForfall(b) || a.opprettet - b.opprettet;

type Sum = { sumStipulerteRenter: number; sumForfalteKrav: number; sumIkkeForfalteKrav: number };

/** The fully screened answer: the call's parameters and skjermet: true (contract: aapnekrav-skjermet.json, krav-skjermet.json). */
const skjermetSvar = (ledger: Ledger, p?: Periode): Json =>
  p ? { partIdentifikator: ledger.orgnr, periode: periodeJson(p), skjermet: true } : { partIdentifikator: ledger.orgnr, skjermet: true };

export function aapnekrav(ledger: Ledger): Json {
  if (ledger.skjermet) return skjermetSvar(ledger);
  const ctx = ctxOf(ledger);
  const aapne = ledger.krav.filter((k) => !k.kreditt && k.forfall.some((f) => f.gjenstaaende > 0)).sort(etterForfall);
  const perGruppe = new Map<string, { forfalte: number; ikkeForfalte: number; renter: number }>();
  const krav = aapne.map((k) => {
    const dto = kravDto(k, ctx);
    const g = perGruppe.get(k.kravgruppe) ?? { forfalte: 0, ikkeForfalte: 0, renter: 0 };
    for (const f of k.forfall) {
      if (f.dag < ctx.idag) g.forfalte += f.gjenstaaende;
      else g.ikkeForfalte += f.gjenstaaende;
    }
    g.renter += (dto.stipulerteRenter as number) * 100;
    perGruppe.set(k.kravgruppe, g);
    return dto;
  });
  const uplasserte = ledger.innbetalinger.filter((i) => i.uplassert > 0).sort((a, b) => a.dag - b.dag);
  const grupper = [...perGruppe.keys()].sort(
    (a, b) => KRAVGRUPPER.indexOf(a as never) - KRAVGRUPPER.indexOf(b as never) || a.localeCompare(b),
  );
  const total = { forfalte: 0, ikkeForfalte: 0, renter: 0 };
  const oversiktPerKravgruppe = grupper.map((kravgruppe) => {
    const g = perGruppe.get(kravgruppe)!;
    total.forfalte += g.forfalte;
    total.ikkeForfalte += g.ikkeForfalte;
    total.renter += g.renter;
    const sum: Sum = { sumStipulerteRenter: kroner(g.renter), sumForfalteKrav: kroner(g.forfalte), sumIkkeForfalteKrav: kroner(g.ikkeForfalte) };
    return { kravgruppe, ...sum, saldo: kroner(g.forfalte + g.ikkeForfalte + g.renter) };
  });
  const sumUplasserte = uplasserte.reduce((s, i) => s + i.uplassert, 0);
  return {
    partIdentifikator: ledger.orgnr,
    skjermet: ledger.skjermet,
    aapentKravMedGjenstaaendeBeloep: krav,
    innbetalingMedUplassertBeloep: uplasserte.map((i) => innbetalingDto(i, ctx)),
    totalOversikt: {
      sumStipulerteRenter: kroner(total.renter),
      sumForfalteKrav: kroner(total.forfalte),
      sumIkkeForfalteKrav: kroner(total.ikkeForfalte),
      sumUplasserteInnbetalinger: kroner(sumUplasserte),
      saldo: kroner(total.forfalte + total.ikkeForfalte + total.renter - sumUplasserte),
    },
    oversiktPerKravgruppe,
  };
}

export type Periode = { fra: number; til: number };
const periodeJson = (p: Periode) => ({ fraOgMed: iso(p.fra), tilOgMed: iso(p.til) });
const inni = (d: number, p: Periode) => d >= p.fra && d <= p.til;

/** Claims with a due date in the period (a claim with due dates in two periods is in both). */
export function kravIPeriode(ledger: Ledger, p: Periode) {
  const ctx = ctxOf(ledger);
  const krav = ledger.krav.filter((k) => k.forfall.some((f) => inni(f.dag, p))).sort(etterForfall);
  if (ledger.skjermet) return { antall: krav.length, body: skjermetSvar(ledger, p) };
  return { antall: krav.length, body: { partIdentifikator: ledger.orgnr, periode: periodeJson(p), skjermet: false, krav: krav.map((k) => kravDto(k, ctx)) } };
}

export function innbetalingerIPeriode(ledger: Ledger, p: Periode) {
  const ctx = ctxOf(ledger);
  const inn = ledger.innbetalinger.filter((i) => inni(i.dag, p)).sort((a, b) => a.dag - b.dag);
  if (ledger.skjermet) return { antall: inn.length, body: skjermetSvar(ledger, p) };
  return {
    antall: inn.length,
    body: { partIdentifikator: ledger.orgnr, periode: periodeJson(p), skjermet: ledger.skjermet, innbetaling: inn.map((i) => innbetalingDto(i, ctx)) },
  };
}

export function utbetalingerIPeriode(ledger: Ledger, p: Periode) {
  const ctx = ctxOf(ledger);
  const ut = ledger.utbetalinger.filter((u) => inni(u.dag, p)).sort((a, b) => a.dag - b.dag);
  if (ledger.skjermet) return { antall: ut.length, body: skjermetSvar(ledger, p) };
  return {
    antall: ut.length,
    body: { partIdentifikator: ledger.orgnr, periode: periodeJson(p), skjermet: ledger.skjermet, utbetaling: ut.map((u) => utbetalingDto(u, ctx)) },
  };
}
