import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { iDag } from "../../lib/dato";
import { erGyldigKid } from "../../lib/identifikator";
import {
  aapnekravResponseSchema,
  innbetalingerResponseSchema,
  kravResponseSchema,
  utbetalingerResponseSchema,
} from "../../lib/kravogbetalinger/schema";
import { renteMedDelbetalinger } from "../renter/renter";
import { dag } from "../testdata/krav/dager";
import { erGyldigIban, erGyldigKontonummer } from "../testdata/krav/konto";
import { CLIENT_PARTIES, STOR_ORGNR, TEST_PARTIES, type TestParty } from "../testdata/parties";
import { hent, periode, startPar, type Par } from "./testhjelp";

/**
 * Every party's every endpoint, over HTTP: the output parses with the client's schemas
 * (lib/kravogbetalinger/schema.ts), and the numbers agree with each other: remainders with
 * placements, sums with claims, payments with the claims they cover, payouts with credits.
 */

const BASE = 4726;
const oere = (kr: number) => Math.round(kr * 100);
const MASKERT = /^\*{6}\d{5}$/;

type J = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

type Innsamlet = { aapne: J; krav: Map<string, J>; innbetalinger: Map<string, J>; utbetalinger: J[]; aar: number[]; fullHistorikk: boolean };

describe("data of every test party", () => {
  let par: Par;
  before(async () => {
    par = await startPar(BASE, BASE + 1);
  });
  after(async () => {
    await par.close();
  });

  const iAar = Number(iDag().slice(0, 4));

  async function hentAlt(p: TestParty, aarListe: number[], fullHistorikk = true): Promise<Innsamlet> {
    const token = await par.token(p.orgnr);
    const get = async (path: string) => {
      let res = await hent(par.api.url, `/regnskapssystem/${p.orgnr}/${path}`, token);
      if (p.scenario === "feil-ustabil" && res.status === 500) res = await hent(par.api.url, `/regnskapssystem/${p.orgnr}/${path}`, token);
      return res;
    };
    const aapne = await get("aapnekrav");
    assert.equal(aapne.status, 200, `${p.orgnr} aapnekrav`);
    aapnekravResponseSchema.parse(aapne.body);
    const out: Innsamlet = { aapne: aapne.body, krav: new Map(), innbetalinger: new Map(), utbetalinger: [], aar: aarListe, fullHistorikk };
    const endepunkter = [["krav", kravResponseSchema], ["innbetalinger", innbetalingerResponseSchema], ["utbetalinger", utbetalingerResponseSchema]] as const;
    const kall = aarListe.flatMap((aar) => endepunkter.map(([ep, schema]) => async () => ({ aar, ep, schema, res: await get(`${ep}?${periode(aar)}`) })));
    // in parallel, except for the unstable party whose every other call per endpoint fails
    const svar = p.scenario === "feil-ustabil" ? [] : await Promise.all(kall.map((k) => k()));
    if (p.scenario === "feil-ustabil") for (const k of kall) svar.push(await k());
    for (const { aar, ep, schema, res } of svar) {
      if (res.status === 404) {
        assert.equal(res.body.kode, "KB-007", `${p.orgnr} ${ep} ${aar}`);
        continue;
      }
      assert.equal(res.status, 200, `${p.orgnr} ${ep} ${aar}: ${JSON.stringify(res.body).slice(0, 200)}`);
      const parsed = schema.safeParse(res.body);
      assert.ok(parsed.success, `${p.orgnr} ${ep} ${aar} parses: ${parsed.error?.message.slice(0, 500)}`);
      assert.equal(res.body.partIdentifikator, p.orgnr);
      if (ep === "krav") for (const k of res.body.krav as J[]) out.krav.set(k.kravidentifikator, k);
      if (ep === "innbetalinger") for (const i of res.body.innbetaling as J[]) out.innbetalinger.set(`${i.innbetalingsidentifikator ?? i.innbetalingsdato + i.innbetaltBeloep}`, i);
      if (ep === "utbetalinger") out.utbetalinger.push(...(res.body.utbetaling as J[]));
    }
    return out;
  }

  function sjekk(p: TestParty, d: Innsamlet) {
    const idag = dag(iDag());
    const hvem = `${p.orgnr} (${p.scenario})`;
    const skjermet = p.scenario === "skjermet";
    const alleKrav = [...new Map([...(d.aapne.aapentKravMedGjenstaaendeBeloep as J[]), ...d.krav.values()].map((k) => [k.kravidentifikator, k])).values()];

    // Each claim: remainders follow from placements, the claim's amounts are its due dates' sums.
    const kredittForfall = new Map<string, J>();
    const motregnet = new Map<string, number>();
    for (const k of alleKrav) {
      const ff = k.kravforfall as J[];
      assert.equal(oere(k.opprinneligBeloep), ff.reduce((s, f) => s + oere(f.opprinneligBeloep), 0), `${hvem} ${k.kravidentifikator} opprinnelig`);
      assert.equal(oere(k.gjenstaaendeBeloep), ff.reduce((s, f) => s + oere(f.gjenstaaendeBeloep), 0), `${hvem} ${k.kravidentifikator} gjenstaaende`);
      assert.ok(k.kravbeskrivelse.spraakTekst.some((t: J) => t.spraak === "nb" && t.tekst.length > 0));
      for (const f of ff) {
        if (f.opprinneligBeloep < 0) {
          kredittForfall.set(f.kravforfallsIdentifikator, { ...f, krav: k });
          continue;
        }
        const placed = [...(f.plassertInnbetaling ?? []), ...(f.plassertMotkrav ?? [])].reduce((s: number, x: J) => s + oere(x.plassertBeloep), 0);
        assert.equal(oere(f.gjenstaaendeBeloep), oere(f.opprinneligBeloep) + placed, `${hvem} ${f.kravforfallsIdentifikator}: gjenstaaende = opprinnelig + plassert`);
        assert.ok(f.gjenstaaendeBeloep >= 0);
        for (const x of [...(f.plassertInnbetaling ?? []), ...(f.plassertMotkrav ?? [])]) assert.ok(x.plassertBeloep < 0, "placed amounts are negative");
        for (const m of f.plassertMotkrav ?? []) motregnet.set(m.kravforfallsIdentifikator, (motregnet.get(m.kravforfallsIdentifikator) ?? 0) + oere(-m.plassertBeloep));
        if (skjermet) {
          assert.equal(f.betalingsinformasjon, undefined, `${hvem}: no payment details when screened`);
          for (const x of f.plassertInnbetaling ?? []) assert.equal(x.innbetalingsIdentifikator, undefined);
        } else {
          const konto = f.betalingsinformasjon.konto;
          assert.ok(erGyldigKontonummer(konto.kontonummer), konto.kontonummer);
          assert.ok(erGyldigIban(konto.iban), konto.iban);
          assert.ok(konto.swiftBIC);
          assert.ok(erGyldigKid(f.betalingsinformasjon.kidnummer), `${hvem} KID ${f.betalingsinformasjon.kidnummer}`);
          for (const x of f.plassertInnbetaling ?? []) assert.match(x.innbetaltFra.konto.kontonummer, MASKERT);
        }
      }
      // Interest so far, recomputed from the placements in the answer.
      if (oere(k.gjenstaaendeBeloep) > 0) {
        const rente = ff.reduce(
          (s, f) =>
            s +
            renteMedDelbetalinger(
              f.opprinneligBeloep,
              dag(f.forfallsdato),
              [...(f.plassertInnbetaling ?? []), ...(f.plassertMotkrav ?? [])].map((x: J) => ({ dag: dag(x.plassertDato), beloep: -x.plassertBeloep })),
              idag,
            ),
          0,
        );
        assert.equal(k.stipulerteRenter, Math.round(rente), `${hvem} ${k.kravidentifikator} stipulerteRenter`);
      } else assert.equal(k.stipulerteRenter, 0);
    }

    // The overview's sums are the open claims' sums, in total and per kravgruppe.
    const a = d.aapne;
    const grupper = new Map<string, { forfalte: number; ikke: number; renter: number }>();
    for (const k of a.aapentKravMedGjenstaaendeBeloep as J[]) {
      assert.ok(k.gjenstaaendeBeloep > 0, "only open claims");
      const g = grupper.get(k.kravgruppe) ?? { forfalte: 0, ikke: 0, renter: 0 };
      for (const f of k.kravforfall) {
        if (dag(f.forfallsdato) < idag) g.forfalte += oere(f.gjenstaaendeBeloep);
        else g.ikke += oere(f.gjenstaaendeBeloep);
      }
      g.renter += oere(k.stipulerteRenter);
      grupper.set(k.kravgruppe, g);
    }
    const uplassert = (a.innbetalingMedUplassertBeloep as J[]).reduce((s, i) => s + oere(i.uplassertBeloep), 0);
    for (const i of a.innbetalingMedUplassertBeloep as J[]) assert.ok(i.uplassertBeloep > 0);
    const tot = [...grupper.values()].reduce((s, g) => ({ forfalte: s.forfalte + g.forfalte, ikke: s.ikke + g.ikke, renter: s.renter + g.renter }), { forfalte: 0, ikke: 0, renter: 0 });
    const t = a.totalOversikt;
    assert.equal(oere(t.sumForfalteKrav), tot.forfalte, `${hvem} sumForfalteKrav`);
    assert.equal(oere(t.sumIkkeForfalteKrav), tot.ikke, `${hvem} sumIkkeForfalteKrav`);
    assert.equal(oere(t.sumStipulerteRenter), tot.renter, `${hvem} sumStipulerteRenter`);
    assert.equal(oere(t.sumUplasserteInnbetalinger), uplassert, `${hvem} sumUplasserteInnbetalinger`);
    assert.equal(oere(t.saldo), tot.forfalte + tot.ikke + tot.renter - uplassert, `${hvem} saldo`);
    assert.deepEqual(
      (a.oversiktPerKravgruppe as J[]).map((g) => [g.kravgruppe, oere(g.sumForfalteKrav), oere(g.sumIkkeForfalteKrav), oere(g.sumStipulerteRenter), oere(g.saldo)]).sort(),
      [...grupper].map(([navn, g]) => [navn, g.forfalte, g.ikke, g.renter, g.forfalte + g.ikke + g.renter]).sort(),
      `${hvem} oversiktPerKravgruppe`,
    );

    // Payments: unplaced = paid - placed; each placement is found on the claim, and back.
    const iAarene = (dato: string) => d.aar.includes(Number(dato.slice(0, 4)));
    const forfallById = new Map<string, J>();
    for (const k of alleKrav) for (const f of k.kravforfall) forfallById.set(f.kravforfallsIdentifikator, f);
    for (const i of d.innbetalinger.values()) {
      // as Skatteetaten publishes it: money in negative, what was placed of it (plassertKrav) positive
      assert.ok(i.innbetaltBeloep < 0, `${hvem} innbetaltBeloep is negative`);
      for (const x of i.plassertKrav as J[]) assert.ok(x.plassertBeloep > 0, `${hvem} plassertKrav.plassertBeloep is positive`);
      const placed = (i.plassertKrav as J[]).reduce((s, x) => s + oere(x.plassertBeloep), 0);
      assert.equal(oere(i.uplassertBeloep), -oere(i.innbetaltBeloep) - placed, `${hvem} uplassert`);
      if (skjermet) {
        assert.equal(i.innbetalingsidentifikator, undefined);
        assert.equal(i.kid, undefined);
        assert.equal(i.innbetaltFra, undefined);
        continue;
      }
      assert.match(i.innbetaltFra.konto.kontonummer, MASKERT);
      const kid = i.innbetaltFra.kidnummer;
      if (kid) assert.ok(erGyldigKid(kid), `${hvem} KID ${kid}`);
      for (const x of i.plassertKrav as J[]) {
        if (!iAarene(x.kravforfallsdato)) continue;
        const f = forfallById.get(x.kravforfallIdentifikator);
        assert.ok(f, `${hvem}: payment ${i.innbetalingsidentifikator} placed on a claim the krav endpoint has`);
        const back = ((f.plassertInnbetaling ?? []) as J[]).find((y) => y.innbetalingsIdentifikator === i.innbetalingsidentifikator && y.plassertDato === x.plassertDato);
        assert.ok(back, `${hvem}: the claim lists the payment`);
        assert.equal(back.plassertBeloep, -x.plassertBeloep, "the same placement: negative under krav, positive under innbetalinger");
        assert.equal(x.gjenstaaendeKravforfallsbeloep, f.gjenstaaendeBeloep);
        assert.equal(x.opprinneligKravforfallsbeloep, f.opprinneligBeloep);
      }
    }
    if (!skjermet) {
      for (const f of forfallById.values()) {
        for (const y of (f.plassertInnbetaling ?? []) as J[]) {
          if (!iAarene(y.innbetalingsdato)) continue;
          const i = d.innbetalinger.get(y.innbetalingsIdentifikator);
          assert.ok(i, `${hvem}: a placed payment ${y.innbetalingsIdentifikator} is in innbetalinger`);
          assert.ok((i.plassertKrav as J[]).some((x) => x.kravforfallIdentifikator === f.kravforfallsIdentifikator));
        }
      }
    }

    // Payouts: what a credit did not cover (motregning) was paid out.
    for (const u of d.utbetalinger) {
      const kk = u.grunnlagForUtbetaling.kreditKrav as J[];
      assert.equal(oere(u.utbetaltBeloep), kk.reduce((s, x) => s + oere(x.utbetaltBeloep), 0), `${hvem} utbetalt`);
      for (const x of kk) {
        assert.ok(x.opprinneligBeloep < 0 && x.utbetaltBeloep > 0);
        const forklart = oere(x.utbetaltBeloep) + (motregnet.get(x.kravforfallidentifikator) ?? 0) + oere(-x.gjenstaaendeBeloep);
        if (d.fullHistorikk) assert.equal(oere(-x.opprinneligBeloep), forklart, `${hvem} credit = paid out + motregnet`);
        else assert.ok(forklart <= oere(-x.opprinneligBeloep), `${hvem} credit >= paid out + motregnet seen`);
        assert.ok(kredittForfall.has(x.kravforfallidentifikator), "the credit is among the claims");
      }
      if (skjermet) assert.equal(u.betaltTil.konto, undefined);
      else assert.match(u.betaltTil.konto.kontonummer, MASKERT);
    }
  }

  // not the screened party (its answers are only the parameters, see server.test.ts) nor the published example (verbatim, kontrakt.test.ts)
  const vanlige = TEST_PARTIES.filter((p) => !p.scenario.startsWith("feil-") || p.scenario === "feil-ustabil")
    .filter((p) => p.orgnr !== STOR_ORGNR)
    .filter((p) => p.scenario !== "skjermet" && p.scenario !== "publisert");
  const aarene = Array.from({ length: iAar + 2 - 2018 }, (_, i) => 2018 + i);

  test(`every party but the large one: all endpoints, every year with data (${aarene[0]}-${aarene.at(-1)}), parse and agree (${vanlige.length} parties)`, async () => {
    // the 200 accountant's clients have three years of history: from the year before it on
    const klienter = new Set(CLIENT_PARTIES.map((p) => p.orgnr));
    for (const p of vanlige) sjekk(p, await hentAlt(p, klienter.has(p.orgnr) ? aarene.filter((aar) => aar >= iAar - 4) : aarene));
  });

  test("the large party: the overview and last year parse and agree", async () => {
    const p = TEST_PARTIES.find((x) => x.orgnr === STOR_ORGNR)!;
    sjekk(p, await hentAlt(p, [iAar - 1], false));
  });

  test("the stories show: overdue, future and paid claims, payouts with motregning, unplaced payments", async () => {
    const get = async (orgnr: string) => (await hent(par.api.url, `/regnskapssystem/${orgnr}/aapnekrav`, await par.token(orgnr))).body as J;
    const ordinary = TEST_PARTIES.filter((p) => p.scenario === "vanlig");
    let medForfalte = 0;
    let medFremtidige = 0;
    for (const p of ordinary) {
      const a = await get(p.orgnr);
      if (a.totalOversikt.sumForfalteKrav > 0) medForfalte++;
      if (a.totalOversikt.sumIkkeForfalteKrav > 0) medFremtidige++;
    }
    assert.ok(medForfalte >= ordinary.length / 10, `${medForfalte} of ${ordinary.length} ordinary firms have overdue claims`);
    assert.ok(medFremtidige >= ordinary.length / 10, `${medFremtidige} of ${ordinary.length} ordinary firms have future claims`);

    const havbris = TEST_PARTIES.find((p) => p.scenario === "uplassert-motregning")!;
    const a = await get(havbris.orgnr);
    assert.ok((a.innbetalingMedUplassertBeloep as J[]).length >= 2, "unplaced payments");
    const token = await par.token(havbris.orgnr);
    let delvisMotregnet = 0;
    for (let aar = iAar - 3; aar <= iAar; aar++) {
      const res = await hent(par.api.url, `/regnskapssystem/${havbris.orgnr}/utbetalinger?${periode(aar)}`, token);
      if (res.status !== 200) continue;
      for (const u of res.body.utbetaling as J[]) {
        for (const k of u.grunnlagForUtbetaling.kreditKrav as J[]) if (k.utbetaltBeloep < -k.opprinneligBeloep) delvisMotregnet++;
      }
    }
    assert.ok(delvisMotregnet >= 2, `${delvisMotregnet} payouts where part of the credit covered other claims`);
  });
});
