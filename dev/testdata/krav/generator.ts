import type { TestParty } from "../parties";
import { aarAv, dato, virkedag } from "./dager";
import { kid, tilfeldigKontonummer } from "./konto";
import type { Forfall, Krav, Ledger, Tekst } from "./ledger";
import { aarsperiode, forsinkelsesrenteTekst, KRAVTYPER, terminperiode, type Kravtype } from "./kravtyper";
import { hash, rngFor, type Rng } from "./prng";
import { Regnskap, type KravDef } from "./regnskap";

/**
 * Generated accounts for every party but the seed: a small simulation, day by day, of a firm's
 * claims (mva terms, employer's duties, forskuddsskatt, the yearly tax settlement, fees,
 * fines, særavgifter) and how it pays them (on time, late, in part, never), with the
 * consequences Skatteetaten would draw: credits cover overdue debts before the rest is paid out
 * (motregning), and a claim paid late brings a "Forsinkelsesrente" claim after it.
 *
 * Deterministic: the firm's profile comes from its orgnr, and each claim's fate from the claim's
 * own key, so the past looks the same whatever day it is; "today" only decides how much of the
 * story has happened yet.
 */

type Betalingsvaner = {
  /** Share of due dates paid on time. */
  presis: number;
  /** Share paid in two parts. */
  delvis: number;
  /** Share never paid. */
  aldri: number;
  /** Days late when late. */
  sen: [number, number];
  /** Share of forskuddsskatt paid in full at the first term. */
  alltid: number;
};

type Profil = {
  person: boolean;
  startAar: number;
  mva: { median: number; kredittAndel: number; kredittMedian: number } | null;
  ansatte: { aga: number; trekk: number } | null;
  forskudd: number;
  oppgjoer: { restskatt: number; tilgode: number; median: number; tilgodeAar?: number };
  emballasje: number | null;
  maskiner: { antall: number; tvistAntall: number; tvistAar: number[] } | null;
  gebyrSjanse: number;
  tvangsmulktSjanse: number;
  uplasserte: boolean;
  /** The settlement year whose restskatt is under appeal (utsattIverksettelse), or null. */
  klageAar: number | null;
  vaner: Betalingsvaner;
};

function profilFor(party: TestParty, idag: number): Profil {
  const rng = rngFor(`${party.orgnr}:profil`);
  const iAar = aarAv(idag);
  const person = party.unitType === "ENK";
  const vanlig: Profil = {
    person,
    startAar: Math.max(2019, iAar - 3),
    mva: rng.chance(0.85)
      ? { median: person ? rng.int(8, 60) * 1000 : rng.int(30, 400) * 1000, kredittAndel: 0.12, kredittMedian: person ? 6000 : 25_000 }
      : null,
    ansatte: !person || rng.chance(0.2) ? { aga: rng.int(10, 120) * 1000, trekk: rng.int(20, 250) * 1000 } : null,
    forskudd: person ? rng.int(20, 160) * 1000 : rng.int(50, 900) * 1000,
    // one settlement of the last two is a refund, so every ordinary firm has a payout to show
    oppgjoer: { restskatt: 0.4, tilgode: 0.4, median: person ? 18_000 : 60_000, tilgodeAar: iAar - 1 - rng.int(0, 1) },
    emballasje: rng.chance(0.12) ? rng.int(2, 20) * 1000 : null,
    maskiner: null,
    klageAar: party.klage ? iAar - 3 : null,
    gebyrSjanse: 0.15,
    tvangsmulktSjanse: 0.08,
    uplasserte: false,
    vaner: {
      presis: 0.6 + rng.next() * 0.32,
      delvis: 0.05,
      aldri: 0.01 + rng.next() * 0.02,
      sen: [3, rng.int(60, 240)],
      alltid: 0.1,
    },
  };
  switch (party.scenario) {
    case "uplassert-motregning":
      return {
        ...vanlig,
        person: true,
        mva: { median: 40_000, kredittAndel: 0.75, kredittMedian: 85_000 },
        forskudd: 140_000,
        uplasserte: true,
        vaner: { presis: 0.3, delvis: 0.15, aldri: 0.02, sen: [20, 160], alltid: 0 },
      };
    case "stor":
      return {
        person: false,
        startAar: iAar - 7,
        mva: { median: 2_400_000, kredittAndel: 0.06, kredittMedian: 600_000 },
        ansatte: { aga: 1_900_000, trekk: 4_800_000 },
        forskudd: 18_000_000,
        oppgjoer: { restskatt: 0.5, tilgode: 0.3, median: 1_500_000 },
        emballasje: null,
        maskiner: { antall: 3600, tvistAntall: 2600, tvistAar: [2024, 2025] },
        klageAar: null,
        gebyrSjanse: 0.5,
        tvangsmulktSjanse: 0.3,
        uplasserte: false,
        vaner: { presis: 0.93, delvis: 0.02, aldri: 0.003, sen: [1, 45], alltid: 0 },
      };
    default:
      return vanlig;
  }
}

const maskinTekster: Tekst[] = [];
/** "Vektårsavgift AB 12345": one text per machine, shared by all its years. */
function maskinTekst(nr: number): Tekst {
  const cached = maskinTekster[nr];
  if (cached) return cached;
  const regnr = `${"ABCDEFGHJKLMNPRSTUVZ"[nr % 20]}${"ABCDEFGHJKLMNPRSTUVZ"[Math.floor(nr / 20) % 20]} ${String(10_000 + ((nr * 7919) % 90_000))}`;
  const tekst = { nb: `Vektårsavgift ${regnr}`, nn: `Vektårsavgift ${regnr}`, en: `Annual weight-based vehicle tax ${regnr}` };
  maskinTekster[nr] = tekst;
  return tekst;
}

type Hendelse = { dag: number; seq: number; run: () => void };

/** A binary min-heap on (dag, seq): events in date order, ties in the order they were planned. */
class Kalender {
  private heap: Hendelse[] = [];
  private seq = 0;
  add(dag: number, run: () => void) {
    const h = { dag, seq: this.seq++, run };
    const a = this.heap;
    a.push(h);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (before(a[p]!, a[i]!)) break;
      const tmp = a[p]!;
      a[p] = a[i]!;
      a[i] = tmp;
      i = p;
    }
  }
  pop(): Hendelse | undefined {
    const a = this.heap;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l]!, a[m]!)) m = l;
        if (r < a.length && before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        const tmp = a[m]!;
        a[m] = a[i]!;
        a[i] = tmp;
        i = m;
      }
    }
    return top;
  }
  peek() {
    return this.heap[0];
  }
}
const before = (a: Hendelse, b: Hendelse) => a.dag < b.dag || (a.dag === b.dag && a.seq < b.seq);

const kroner = (n: number) => Math.max(1, Math.round(n)) * 100;

export function genererLedger(party: TestParty, idag: number): Ledger {
  const r = new Regnskap(party.orgnr, idag, party.scenario === "skjermet");
  if (party.scenario === "tom") return r.ledger;
  const p = profilFor(party, idag);
  const rngKonto = rngFor(`${party.orgnr}:konto`);
  const egenKonto = tilfeldigKontonummer(rngKonto, rngKonto.pick(["1503", "1254", "9710", "3000", "1822"]));
  const eier = party.name.toUpperCase();
  const kal = new Kalender();
  const orgKid = party.orgnr.slice(0, 8);

  const betaling = (key: string, dag: number, mot: Forfall[], beloep: number, kidValue: string | null) =>
    r.innbetaling({
      key,
      dag,
      beloep,
      type: kidValue ? "OCR" : "bankoverføring",
      kid: kidValue,
      fraKonto: egenKonto,
      fraNavn: eier,
      tilKonto: (mot[0]?.krav.konto ?? KRAVTYPER.restskattPerson.konto).kontonummer,
      mot,
    });

  /** Plans how the firm pays a new claim, from the claim's own random stream. */
  function planleggBetaling(krav: Krav, rng: Rng) {
    const v = p.vaner;
    const aapneForfall = krav.forfall.filter((f) => !f.utsattIverksettelse);
    if (aapneForfall.length === 0) return;
    if (aapneForfall.length > 1 && rng.chance(v.alltid)) {
      const dag = Math.max(krav.opprettet, aapneForfall[0]!.dag - rng.int(0, 5));
      kal.add(dag, () => {
        const sum = aapneForfall.reduce((s, f) => s + f.gjenstaaende, 0);
        if (sum > 0) betaling(`${krav.id}:alt`, dag, aapneForfall, sum, krav.kid);
      });
      return;
    }
    for (const f of aapneForfall) {
      const u = rng.next();
      const sen = () => f.dag + rng.int(v.sen[0], v.sen[1]);
      const full = (key: string, dag: number) =>
        kal.add(dag, () => {
          if (f.gjenstaaende > 0) betaling(key, dag, [f], f.gjenstaaende, krav.kid);
        });
      if (u < v.presis) full(`${f.id}:inn`, Math.max(krav.opprettet, f.dag - rng.int(0, 6)));
      else if (u < v.presis + v.delvis) {
        const andel = 0.3 + rng.next() * 0.4;
        const dag1 = Math.max(krav.opprettet, f.dag - rng.int(0, 3));
        kal.add(dag1, () => {
          const del = Math.round((f.gjenstaaende * andel) / 100) * 100;
          if (del > 0 && f.gjenstaaende > del) betaling(`${f.id}:del1`, dag1, [f], del, krav.kid);
        });
        full(`${f.id}:del2`, sen());
      } else if (u < 1 - v.aldri) full(`${f.id}:inn`, sen());
      // else: never paid
    }
  }

  function nyttKrav(def: KravDef) {
    kal.add(def.opprettet, () => {
      const krav = r.krav(def);
      if (krav) planleggBetaling(krav, rngFor(`${party.orgnr}:${def.key}:betal`));
    });
  }

  function nyKreditt(def: KravDef, melding: string) {
    kal.add(def.opprettet, () => {
      r.kreditt(def, { tilKonto: egenKonto, tilNavn: eier, melding });
    });
  }

  const def = (key: string, type: Kravtype, opprettet: number, forfall: { dag: number; beloep: number }[], extra: Partial<KravDef> = {}): KravDef => ({
    key,
    kravtype: type.kode,
    kravgruppe: type.gruppe,
    beskrivelse: type.tekst,
    periode: null,
    opprettet,
    fastsettingsmaate: type.fastsettingsmaate,
    konto: type.konto,
    forfall,
    ...extra,
  });

  // A claim paid late brings its interest as a claim of its own (not for interest itself, and not below 100 kr).
  r.onOppgjortSent = (krav, dag, rente) => {
    if (krav.kravtype === KRAVTYPER.forsinkelsesrente.kode || rente < 100) return;
    const rng = rngFor(`${party.orgnr}:${krav.id}:rente`);
    const opprettet = virkedag(dag + rng.int(10, 30));
    nyttKrav(
      def(`FR:${krav.id}`, KRAVTYPER.forsinkelsesrente, opprettet, [{ dag: virkedag(opprettet + 21), beloep: kroner(rente) }], {
        beskrivelse: forsinkelsesrenteTekst(krav.beskrivelse),
        periode: krav.periode,
        kid: kid(`${orgKid}90${String(hash(krav.id) % 1_000_000).padStart(6, "0")}`),
      }),
    );
  };

  const sluttAar = aarAv(idag) + 1;
  for (let aar = p.startAar; aar <= sluttAar; aar++) planleggAar(aar);

  function planleggAar(aar: number) {
    const rng = rngFor(`${party.orgnr}:aar:${aar}`);
    const yy = String(aar % 100).padStart(2, "0");
    const vekst = Math.pow(1.04, aar - 2019);

    // Forskuddsskatt, written out in November the year before.
    {
      const type = p.person ? KRAVTYPER.forskuddsskattPerson : KRAVTYPER.forskuddsskattUpersonlig;
      const datoer = p.person ? [[3, 15], [5, 15], [9, 15], [11, 15]] : [[2, 15], [4, 15]];
      const termin = kroner((p.forskudd * vekst * (0.85 + rng.next() * 0.3)) / datoer.length);
      nyttKrav(
        def(`FS:${aar}`, type, virkedag(dato(aar - 1, 11, 10)), datoer.map(([m, d]) => ({ dag: virkedag(dato(aar, m!, d!)), beloep: termin })), {
          periode: aarsperiode(aar),
          kid: kid(`${orgKid}01${yy}00`),
        }),
      );
    }

    // Merverdiavgift: six terms; a term with more input than output VAT is a credit.
    if (p.mva) {
      const frister = [dato(aar, 4, 10), dato(aar, 6, 10), dato(aar, 8, 31), dato(aar, 10, 10), dato(aar, 12, 10), dato(aar + 1, 2, 10)];
      frister.forEach((frist, i) => {
        const termin = i + 1;
        const forfall = virkedag(frist);
        const key = `MVA:${aar}:${termin}`;
        const periode = terminperiode(aar, termin);
        if (rng.chance(p.mva!.kredittAndel)) {
          const behandlet = virkedag(forfall - rng.int(0, 25) + 14);
          nyKreditt(def(key, KRAVTYPER.merverdiavgift, behandlet, [{ dag: behandlet, beloep: kroner(rng.around(p.mva!.kredittMedian, 0.5) * vekst) }], { periode }), `Merverdiavgift til gode ${periode.tekst.nb}`);
        } else {
          const sesong = [0.8, 1, 1.2, 1.1, 1, 1.3][i]!;
          // the mva-melding arrives some day between the end of the term and the due date
          const terminSlutt = dato(aar, 2 * termin + 1, 1) - 1;
          nyttKrav(
            def(key, KRAVTYPER.merverdiavgift, terminSlutt + rng.int(1, Math.max(1, forfall - terminSlutt - 1)), [{ dag: forfall, beloep: kroner(rng.around(p.mva!.median * sesong * vekst, 0.35)) }], {
              periode,
              kid: kid(`${orgKid}02${yy}${String(termin).padStart(2, "0")}`),
            }),
          );
        }
      });
    }

    // Arbeidsgiveravgift and forskuddstrekk: six terms, due the 15th after each two months.
    if (p.ansatte) {
      const frister = [dato(aar, 3, 15), dato(aar, 5, 15), dato(aar, 7, 15), dato(aar, 9, 15), dato(aar, 11, 15), dato(aar + 1, 1, 15)];
      frister.forEach((frist, i) => {
        const termin = i + 1;
        const forfall = virkedag(frist);
        const periode = terminperiode(aar, termin);
        const opprettet = forfall - rng.int(8, 12);
        nyttKrav(
          def(`AGA:${aar}:${termin}`, KRAVTYPER.arbeidsgiveravgift, opprettet, [{ dag: forfall, beloep: kroner(rng.around(p.ansatte!.aga * vekst, 0.15)) }], {
            periode,
            kid: kid(`${orgKid}03${yy}${String(termin).padStart(2, "0")}`),
          }),
        );
        nyttKrav(
          def(`TREKK:${aar}:${termin}`, KRAVTYPER.forskuddstrekk, opprettet, [{ dag: forfall, beloep: kroner(rng.around(p.ansatte!.trekk * vekst, 0.15)) }], {
            periode,
            kid: kid(`${orgKid}04${yy}${String(termin).padStart(2, "0")}`),
          }),
        );
      });
    }

    // Særavgift on beverage packaging: six terms.
    if (p.emballasje) {
      for (let termin = 1; termin <= 6; termin++) {
        const forfall = virkedag(dato(aar + (termin === 6 ? 1 : 0), termin === 6 ? 1 : termin * 2 + 1, 18));
        nyttKrav(
          def(`EMB:${aar}:${termin}`, KRAVTYPER.emballasjeavgift, forfall - rng.int(5, 15), [{ dag: forfall, beloep: kroner(rng.around(p.emballasje * vekst, 0.3)) }], {
            periode: terminperiode(aar, termin),
            kid: kid(`${orgKid}05${yy}${String(termin).padStart(2, "0")}`),
          }),
        );
      }
    }

    // The tax settlement for last year: restskatt, tilgode or nothing.
    {
      const inntektsaar = aar - 1;
      const u = rng.next();
      const oppgjoer = p.person ? virkedag(dato(aar, 6, 20) + rng.int(0, 110)) : virkedag(dato(aar, 10, 1) + rng.int(0, 18));
      const beloep = rng.around(p.oppgjoer.median * vekst, 0.6);
      const tvungetTilgode = aar === p.oppgjoer.tilgodeAar;
      const klage = aar === p.klageAar;
      if ((u < p.oppgjoer.restskatt || klage) && !tvungetTilgode) {
        const type = p.person ? KRAVTYPER.restskattPerson : KRAVTYPER.restskattUpersonlig;
        const forfall = p.person
          ? [
              { dag: virkedag(oppgjoer + 35), beloep: kroner(beloep / 2) },
              { dag: virkedag(oppgjoer + 70), beloep: kroner(beloep / 2) },
            ]
          : [{ dag: virkedag(oppgjoer + 21), beloep: kroner(beloep) }];
        nyttKrav(
          def(`RS:${inntektsaar}`, type, oppgjoer, forfall, {
            periode: aarsperiode(inntektsaar),
            kid: kid(`${orgKid}15${String(inntektsaar % 100).padStart(2, "0")}00`),
            utsattIverksettelse: rng.chance(0.05) || klage,
          }),
        );
      } else if (tvungetTilgode || u < p.oppgjoer.restskatt + p.oppgjoer.tilgode) {
        const utbetalt = virkedag(oppgjoer + 10);
        nyKreditt(
          def(`TILGODE:${inntektsaar}`, KRAVTYPER.tilgodeSkatt, utbetalt, [{ dag: utbetalt, beloep: kroner(beloep / 2) }], { periode: aarsperiode(inntektsaar) }),
          `Skatteoppgjør ${inntektsaar}: til gode`,
        );
      }
    }

    if (rng.chance(p.gebyrSjanse)) {
      const opprettet = virkedag(dato(aar, 1, 1) + rng.int(20, 340));
      nyttKrav(
        def(`GEBYR:${aar}`, KRAVTYPER.gebyr, opprettet, [{ dag: virkedag(opprettet + 21), beloep: kroner(rng.pick([1955, 2090, 1245, 4360, 980])) }], {
          periode: aarsperiode(aar),
          kid: kid(`${orgKid}28${yy}00`),
        }),
      );
    }
    if (rng.chance(p.tvangsmulktSjanse)) {
      const opprettet = virkedag(dato(aar, 1, 1) + rng.int(30, 330));
      nyttKrav(
        def(`TVANGSMULKT:${aar}`, KRAVTYPER.tvangsmulkt, opprettet, [{ dag: virkedag(opprettet + 21), beloep: kroner(rng.int(3, 50) * 500) }], {
          periode: aarsperiode(aar),
          kid: kid(`${orgKid}29${yy}00`),
        }),
      );
    }

    // The large firm's machine park: vektårsavgift per heavy vehicle; 2024-2025 is appealed for most of them.
    if (p.maskiner) {
      const m = p.maskiner;
      const forfall = virkedag(dato(aar, 3, 20));
      for (let nr = 0; nr < m.antall; nr++) {
        const tekst = maskinTekst(nr);
        const tvist = nr < m.tvistAntall && m.tvistAar.includes(aar);
        nyttKrav(
          def(`VEKT:${aar}:${nr}`, KRAVTYPER.vektaarsavgift, virkedag(dato(aar, 1, 20)), [{ dag: forfall, beloep: kroner(3100 + ((nr * 37) % 9) * 1050) }], {
            beskrivelse: tekst,
            periode: aarsperiode(aar),
            kid: kid(`${party.orgnr}${String(nr).padStart(5, "0")}${yy}`),
            utsattIverksettelse: tvist,
          }),
        );
      }
    }
  }

  // Payments Skatteetaten could not tie to a claim (no or unknown KID): they wait, unplaced.
  if (p.uplasserte) {
    const rng = rngFor(`${party.orgnr}:uplassert`);
    const uplassert = (key: string, dag: number, beloep: number, kidValue: string | null) =>
      kal.add(dag, () =>
        r.innbetaling({
          key,
          dag,
          beloep: kroner(beloep),
          type: kidValue ? "OCR" : "bankoverføring",
          kid: kidValue,
          fraKonto: egenKonto,
          fraNavn: eier,
          tilKonto: KRAVTYPER.restskattPerson.konto.kontonummer,
        }),
      );
    uplassert("UPL:1", idag - 9, rng.int(5, 40) * 1000, null);
    uplassert("UPL:2", idag - 41, rng.int(1000, 9000), kid(`${orgKid}99${rng.digits(6)}`));
    uplassert("UPL:3", dato(p.startAar + 1, 8, 12), 2750, null);
  }

  for (let h = kal.pop(); h && h.dag <= idag; h = kal.pop()) h.run();
  r.onOppgjortSent = null;
  return r.ledger;
}
