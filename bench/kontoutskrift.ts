/**
 * Benchmark of the kontoutskrift download: 100 000 rows written by exceljs's streaming writer
 * through the route's own path (kontoutskriftRespons: Node stream -> Web ReadableStream ->
 * Response body), read by a fast client and by a slow one (~2 MB/s), beside the floor: a plain
 * deflate of the same sheet XML. Each case runs in its own child process so peak RSS is its own.
 *
 *   npm run bench:kontoutskrift            (or: node --import tsx bench/kontoutskrift.ts [--rader 100000])
 *
 * Goals (issue #6): <= 2.5 s after the data has arrived, peak RSS <= 150 MB, first byte <= 100 ms,
 * memory flat with a slow client, no event-loop block over 50 ms. Prints the figures and whether
 * each goal was met; exits 1 if one was missed (noisy on a shared machine: run it again to confirm).
 */
import { buildSync } from "esbuild";
import { fork } from "node:child_process";
import { mkdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createDeflateRaw, inflateRawSync } from "node:zlib";
import { ARK_VALG } from "../lib/kontoutskrift/periode";
import type { KontoutskriftGrunnlag } from "../lib/kontoutskrift/ark";
import { lagForfall, lagGrunnlag, lagInnbetaling, lagKrav, lagMotkrav, lagPlassering, lagUtbetaling } from "../lib/kontoutskrift/fixtures";
import { kontoutskriftRespons } from "../lib/kontoutskrift/respons";
import type { Krav } from "../lib/kravogbetalinger/model";

type Case = "rask" | "treg" | "gulv";
type Resultat = {
  case: Case;
  rader: number;
  bytes: number;
  foersteByteMs: number;
  totalMs: number;
  /** RSS of the process before the data was made (Node, tsx, exceljs loaded). */
  rssTomMb: number;
  rssFoerMb: number;
  rssToppMb: number;
  /** RSS sampled during the second half of the run minus the first half's peak: ~0 means flat. */
  rssVekstMb: number;
  loekkeMaksMs: number;
  loekkeP99Ms: number;
  /** RSS every ~250 ms during the run, MB. */
  rssKurve: number[];
  xmlMb?: number;
};

const MB = 1024 * 1024;
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** About `rader` rows over the four sheets, shaped like a big firm's eight years. */
function lagData(rader: number): KontoutskriftGrunnlag {
  const dag = (i: number) => {
    const d = new Date(Date.UTC(2019, 0, 1) + (i % 2900) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  const antallKrav = Math.round(rader * 0.25); // 2 due dates each: 50 % of the rows
  const antallInn = Math.round(rader * 0.1); // Krav sheet 10 %, Transaksjoner 10 % + 20 % placements
  const antallUt = Math.round(rader * 0.01); // 1 % + 2 % credits
  const krav: Krav[] = [];
  for (let i = 0; i < antallKrav; i++) {
    const motkrav = i % 25 === 0 ? [lagMotkrav({ benyttetBeloep: 500 + (i % 97), plassertDato: dag(i + 20), forfallsdato: dag(i + 5), periode: "2023/04" })] : [];
    krav.push(
      lagKrav(
        {
          beskrivelse: i % 3 ? "Mva-melding" : "Arbeidsgiveravgift og forskuddstrekk",
          kravgruppe: i % 3 ? "Merverdiavgift" : "Arbeidsgiveravgift",
          aar: 2019 + (i % 8),
          periode: `${2019 + (i % 8)}/${String((i % 6) + 1).padStart(2, "0")}`,
          stipulerteRenter: i % 7 ? 0 : 123.45,
          fastsettingsmaate: "EGENFASTSATT",
          forfall: [
            lagForfall({ forfallsdato: dag(i), opprinneligBeloep: 10_000 + (i % 1000) + 0.55, gjenstaaendeBeloep: i % 5 ? 0 : 1000, motkrav }),
            lagForfall({ forfallsdato: dag(i + 30), opprinneligBeloep: 5_000 + (i % 500), gjenstaaendeBeloep: 0 }),
          ],
        },
        `79049071952${String(i).padStart(8, "0")}`,
      ),
    );
  }
  const innbetalinger = Array.from({ length: antallInn }, (_, i) =>
    lagInnbetaling({
      innbetalingsdato: dag(i * 3),
      innbetaltBeloep: 30_000.5,
      kid: `13998489${String(i).padStart(8, "0")}`,
      plasseringer: [
        lagPlassering({ benyttetBeloep: 20_000.25, beskrivelse: "Mva-melding", kravgruppe: "Merverdiavgift", periode: "2023/02", forfallsdato: dag(i * 3), plassertDato: dag(i * 3 + 1) }),
        lagPlassering({ benyttetBeloep: 10_000.25, beskrivelse: "Forskuddstrekk", kravgruppe: "Arbeidsgiveravgift", periode: "2023/02", forfallsdato: dag(i * 3), plassertDato: dag(i * 3 + 1) }),
      ],
    }),
  );
  const utbetalinger = Array.from({ length: antallUt }, (_, i) =>
    lagUtbetaling({
      utbetaltdato: dag(i * 11),
      utbetaltBeloep: 7000,
      melding: "Tilbakebetaling merverdiavgift",
      kreditKrav: [1, 2].map((n) => ({
        kravforfallsIdentifikator: `k${i}-${n}`,
        beskrivelse: "Mva-melding",
        kravtype: "MVA",
        periode: "2023/02",
        opprinneligBeloep: -5000,
        gjenstaaendeBeloep: 0,
        utbetaltBeloep: 3500,
        motregnetBeloep: 1500,
      })),
    }),
  );
  return lagGrunnlag({ krav, innbetalinger, utbetalinger, ark: [...ARK_VALG], periode: { fraOgMed: "2019-01-01", tilOgMed: "2026-12-31" } });
}

function antallRader(g: KontoutskriftGrunnlag): number {
  const forfall = g.krav.reduce((s, k) => s + k.forfall.length, 0);
  const motregning = g.krav.reduce((s, k) => s + k.forfall.reduce((t, f) => t + f.motkrav.length, 0), 0);
  const transaksjoner = g.innbetalinger.reduce((s, i) => s + 1 + i.plasseringer.length, 0);
  const utbetalinger = g.utbetalinger.reduce((s, u) => s + 1 + u.kreditKrav.length, 0);
  return forfall + g.innbetalinger.length + transaksjoner + utbetalinger + motregning;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rssMb = () => process.memoryUsage.rss() / MB;

/** Runs one case in this process and reports it. */
async function kjoer(c: Case, rader: number): Promise<Resultat> {
  global.gc?.();
  const rssTom = rssMb();
  const g = lagData(rader);
  global.gc?.();
  await sleep(50);
  const rssFoer = rssMb();
  const samples: { t: number; rss: number }[] = [];
  const loekke = monitorEventLoopDelay({ resolution: 10 });

  if (c === "gulv") {
    // The floor: the same sheet XML (from a first run) through a plain streaming deflate.
    const xml = await sheetXml(g);
    global.gc?.();
    loekke.enable();
    const start = performance.now();
    let bytes = 0;
    let foerste = -1;
    const deflate = createDeflateRaw();
    const ferdig = new Promise<void>((resolve) => deflate.on("end", resolve));
    deflate.on("data", (b: Buffer) => {
      if (foerste < 0) foerste = performance.now() - start;
      bytes += b.length;
    });
    for (let i = 0; i < xml.length; i += 64 * 1024) {
      if (!deflate.write(xml.subarray(i, i + 64 * 1024))) await new Promise((r) => deflate.once("drain", r));
    }
    deflate.end();
    await ferdig;
    loekke.disable();
    return { case: c, rader: antallRader(g), bytes, foersteByteMs: foerste, totalMs: performance.now() - start, rssTomMb: rssTom, rssFoerMb: rssFoer, rssToppMb: process.resourceUsage().maxRSS / 1024, rssVekstMb: 0, loekkeMaksMs: loekke.max / 1e6, loekkeP99Ms: loekke.percentile(99) / 1e6, rssKurve: [], xmlMb: xml.length / MB };
  }

  const sampler = setInterval(() => samples.push({ t: performance.now(), rss: rssMb() }), 20);
  loekke.enable();
  const start = performance.now();
  const response = kontoutskriftRespons(g);
  const reader = response.body!.getReader();
  let bytes = 0;
  let foerste = -1;
  const bytesPerMs = (2 * MB) / 1000;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (foerste < 0) foerste = performance.now() - start;
    bytes += value.byteLength;
    if (c === "treg") {
      const etter = foerste + bytes / bytesPerMs;
      const vent = etter - (performance.now() - start);
      if (vent > 0) await sleep(vent);
    }
  }
  const total = performance.now() - start;
  loekke.disable();
  clearInterval(sampler);
  const midt = start + total / 2;
  const foersteHalvdel = Math.max(rssFoer, ...samples.filter((s) => s.t < midt).map((s) => s.rss));
  const andreHalvdel = Math.max(0, ...samples.filter((s) => s.t >= midt).map((s) => s.rss));
  return {
    case: c,
    rader: antallRader(g),
    bytes,
    foersteByteMs: foerste,
    totalMs: total,
    rssTomMb: rssTom,
    rssFoerMb: rssFoer,
    rssToppMb: Math.max(process.resourceUsage().maxRSS / 1024, ...samples.map((s) => s.rss)),
    rssVekstMb: andreHalvdel - foersteHalvdel,
    loekkeMaksMs: loekke.max / 1e6,
    loekkeP99Ms: loekke.percentile(99) / 1e6,
    rssKurve: samples.filter((_, i) => i % 12 === 0).map((x) => Math.round(x.rss)),
  };
}

/** The uncompressed XML of every sheet exceljs wrote, taken from the zip. */
async function sheetXml(g: KontoutskriftGrunnlag): Promise<Buffer> {
  const zip = Buffer.from(await kontoutskriftRespons(g).arrayBuffer());
  const deler: Buffer[] = [];
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  while (zip.readUInt32LE(p) === 0x02014b50) {
    const [n, m, k] = [zip.readUInt16LE(p + 28), zip.readUInt16LE(p + 30), zip.readUInt16LE(p + 32)];
    const navn = zip.toString("utf8", p + 46, p + 46 + n);
    if (navn.includes("worksheets/sheet")) {
      const lokal = zip.readUInt32LE(p + 42);
      const start = lokal + 30 + zip.readUInt16LE(lokal + 26) + zip.readUInt16LE(lokal + 28);
      deler.push(inflateRawSync(zip.subarray(start, start + zip.readUInt32LE(p + 20))));
    }
    p += 46 + n + m + k;
  }
  return Buffer.concat(deler);
}

/**
 * The cases run as plain JavaScript in plain Node: bundled once with esbuild (which tsx brings),
 * so the TypeScript loader's own memory (a worker thread, ~70 MB) is not counted as ours.
 */
function bygg(): string {
  const fil = join(process.cwd(), "node_modules/.cache/bench/kontoutskrift.cjs");
  mkdirSync(dirname(fil), { recursive: true });
  buildSync({ entryPoints: [__filename], outfile: fil, bundle: true, platform: "node", format: "cjs", target: "node20", packages: "external", logLevel: "error" });
  return fil;
}

function barn(fil: string, c: Case, rader: number): Promise<Resultat> {
  return new Promise((resolve, reject) => {
    const child = fork(fil, ["--case", c, "--rader", String(rader)], { execArgv: ["--expose-gc"] });
    child.on("message", (m) => resolve(m as Resultat));
    child.on("exit", (code) => code !== 0 && reject(new Error(`${c} stoppet med ${code}`)));
  });
}

async function main() {
  const rader = Number(arg("rader") ?? 100_000);
  const c = arg("case") as Case | undefined;
  if (c) {
    const r = await kjoer(c, rader);
    if (process.send) process.send(r);
    else console.log(JSON.stringify(r));
    return;
  }
  const fil = bygg();
  const rask = await barn(fil, "rask", rader);
  const treg = await barn(fil, "treg", rader);
  const gulv = await barn(fil, "gulv", rader);
  const f = (n: number, d = 0) => n.toFixed(d).padStart(8);
  console.log(`kontoutskrift: ${rask.rader} rader, ${(rask.bytes / MB).toFixed(1)} MB .xlsx (${gulv.xmlMb?.toFixed(0)} MB XML), Node ${process.version}`);
  console.log(`RSS uten data ${rask.rssTomMb.toFixed(0)} MB, med dataene lastet ${rask.rssFoerMb.toFixed(0)} MB (før skrivingen starter)`);
  console.log("case                          tid ms  1. byte ms  RSS før MB  RSS topp MB  RSS vekst 2. halvdel MB  løkkeforsinkelse maks / p99 ms");
  for (const [navn, r] of [
    ["exceljs strøm, rask klient", rask],
    ["exceljs strøm, 2 MB/s klient", treg],
    ["gulv: ren deflate av XML", gulv],
  ] as const) {
    console.log(`${navn.padEnd(28)}${f(r.totalMs)}${f(r.foersteByteMs, 1).padStart(12)}${f(r.rssFoerMb).padStart(12)}${f(r.rssToppMb).padStart(13)}${f(r.rssVekstMb, 1).padStart(25)}${f(r.loekkeMaksMs, 1).padStart(22)} / ${r.loekkeP99Ms.toFixed(1)}`);
  }
  console.log(`RSS hvert ~250 ms, 2 MB/s klient: ${treg.rssKurve.join(" ")}`);
  const maal: [string, boolean][] = [
    [`tid etter data <= 2500 ms (${rask.totalMs.toFixed(0)})`, rask.totalMs <= 2500],
    // Peak RSS for the writing itself: the peak less what the fetched data occupies (it is in memory before the route starts writing).
    [
      `topp RSS uten dataene <= 150 MB (${(rask.rssToppMb - rask.rssFoerMb + rask.rssTomMb).toFixed(0)} / ${(treg.rssToppMb - treg.rssFoerMb + treg.rssTomMb).toFixed(0)})`,
      Math.max(rask.rssToppMb - rask.rssFoerMb + rask.rssTomMb, treg.rssToppMb - treg.rssFoerMb + treg.rssTomMb) <= 150,
    ],
    [`første byte <= 100 ms (${rask.foersteByteMs.toFixed(1)} / ${treg.foersteByteMs.toFixed(1)})`, Math.max(rask.foersteByteMs, treg.foersteByteMs) <= 100],
    [
      `flat minne med treg klient (vekst i 2. halvdel ${treg.rssVekstMb.toFixed(1)} MB <= 15; topp ${(treg.rssToppMb - rask.rssToppMb).toFixed(1)} MB over rask klient <= 20)`,
      treg.rssVekstMb <= 15 && treg.rssToppMb - rask.rssToppMb <= 20,
    ],
    [`løkka aldri blokkert > 50 ms (${rask.loekkeMaksMs.toFixed(1)} / ${treg.loekkeMaksMs.toFixed(1)})`, Math.max(rask.loekkeMaksMs, treg.loekkeMaksMs) <= 50],
  ];
  for (const [tekst, ok] of maal) console.log(`${ok ? "OK  " : "BOMMET"} ${tekst}`);
  console.log(`(maskinens last nå: ${loadavg().map((l) => l.toFixed(1)).join(" ")} på ${cpus().length} kjerner: tider og løkkeforsinkelse er støyete når andre prosesser kjører)`);
  process.exitCode = maal.every(([, ok]) => ok) ? 0 : 1;
}

void main();
