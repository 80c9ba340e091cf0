import assert from "node:assert/strict";
import { test } from "node:test";
import ExcelJS from "exceljs";
import pino from "pino";
import type { Access, Party } from "../auth/types";
import { KravOgBetalingerError } from "../kravogbetalinger/errors";
import type { AapneKrav } from "../kravogbetalinger/model";
import { lagForfall, lagKrav } from "../krav-visning/testfabrikk";
import { meldinger } from "../tekster";
import { haandterKlientEksport, type EksportAvhengigheter } from "./eksport";

const NAA = new Date("2026-11-26T10:00:00Z");
const t = meldinger.nb.klienter;
const part = (orgnr: string, name: string): Party => ({ orgnr, name, unitType: "AS", parentOrgnr: null, isDeleted: false });
const PARTER = [part("311851381", "Bravo AS"), part("313367002", "Alfa AS"), part("315900034", "Feilberg Handel AS"), part("314055403", "Lukket AS")];

function aapne(orgnr: string, forfalt: number): AapneKrav {
  return {
    partIdentifikator: orgnr,
    skjermet: false,
    harSummer: true,
    forkastet: 0,
    krav: forfalt > 0 ? [lagKrav({ forfall: [lagForfall({ forfallsdato: "2026-01-15", gjenstaaendeBeloep: forfalt }), lagForfall({ forfallsdato: "2026-12-01", gjenstaaendeBeloep: 250.5 })] })] : [],
    uplasserteInnbetalinger: [],
    totalOversikt: { sumStipulerteRenter: 10, sumForfalteKrav: forfalt, sumIkkeForfalteKrav: forfalt > 0 ? 250.5 : 0, saldo: forfalt, sumUplasserteInnbetalinger: 0 },
    oversiktPerKravgruppe: [],
  };
}

function oppsett(over: Partial<EksportAvhengigheter> = {}) {
  const sjekket: string[] = [];
  const hentet: string[] = [];
  let samtidig = 0;
  let maks = 0;
  const deps: EksportAvhengigheter = {
    spraak: "nb",
    sesjon: async () => ({ ok: true, parties: PARTER }),
    sjekkTilgang: async (orgnr) => {
      sjekket.push(orgnr);
      if (orgnr === "314055403") return { ok: false, response: new Response(null, { status: 403 }) };
      return { ok: true, access: { person: { pid: "x", name: null }, party: PARTER.find((p) => p.orgnr === orgnr)!, parties: PARTER } satisfies Access };
    },
    hentAapnekrav: async (orgnr) => {
      hentet.push(orgnr);
      samtidig++;
      maks = Math.max(maks, samtidig);
      await new Promise((r) => setTimeout(r, 5));
      samtidig--;
      if (orgnr === "315900034") throw new KravOgBetalingerError({ type: "upstream", message: "KB-002", status: 500, kode: "KB-002", korrelasjonsid: "3f1c2d7e-0000-4000-8000-000000000001" });
      return aapne(orgnr, orgnr === "311851381" ? 1000 : 50);
    },
    logger: pino({ level: "silent" }),
    naa: () => NAA,
    samtidig: 2,
    ...over,
  };
  return { deps, sjekket, hentet, maks: () => maks };
}

async function lesArk(res: Response, arknavn = t.eksport.ark): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(arknavn);
  assert.ok(ws, `arket ${arknavn} finnes (${wb.worksheets.map((w) => w.name).join(", ")})`);
  return ws;
}

test("export: without a session the session's answer and no fetch at all", async () => {
  const { deps, sjekket, hentet } = oppsett({ sesjon: async () => ({ ok: false, response: Response.json({ kode: "IKKE_INNLOGGET" }, { status: 401 }) }) });
  const res = await haandterKlientEksport(new Request("http://localhost/api/klienter/eksport"), deps);
  assert.equal(res.status, 401);
  assert.deepEqual([sjekket, hentet], [[], []]);
});

test("export: every row passes the guard (a refused party is left out, never fetched), at most `samtidig` at once, failures are rows", async () => {
  const { deps, sjekket, hentet, maks } = oppsett();
  const res = await haandterKlientEksport(new Request("http://localhost/api/klienter/eksport"), deps);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-disposition"), `attachment; filename="klientoversikt-2026-11-26.xlsx"`);
  assert.deepEqual([...sjekket].sort(), PARTER.map((p) => p.orgnr).sort());
  assert.ok(!hentet.includes("314055403"));
  assert.ok(maks() <= 2);

  const ws = await lesArk(res);
  assert.deepEqual(ws.views[0]?.state, "frozen");
  assert.ok(ws.autoFilter);
  const rad = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
  // Largest overdue first, the failed client (no figures) last, then the sum row.
  assert.deepEqual([rad(2)[1], rad(3)[1], rad(4)[1]], ["311851381", "313367002", "315900034"]);
  assert.equal(rad(2)[2], 1000);
  assert.equal(rad(2)[3], 1);
  assert.ok(rad(2)[8] instanceof Date);
  assert.equal((rad(2)[8] as Date).toISOString().slice(0, 10), "2026-12-01");
  assert.equal(rad(2)[9], 250.5);
  assert.match(String(rad(4)[11]), /KB-002.*3f1c2d7e-0000-4000-8000-000000000001/);
  assert.equal(rad(4)[2], undefined);
  const sum = ws.getRow(5).getCell(3).value as { formula: string; result: number };
  assert.equal(sum.formula, "SUBTOTAL(9,C2:C4)");
  assert.equal(sum.result, 1050);
});

test("export: the page's filter and sort from the URL", async () => {
  const { deps } = oppsett();
  const ws = await lesArk(await haandterKlientEksport(new Request("http://localhost/api/klienter/eksport?sorter=navn&retning=stigende&sok=as&bareForfalte=1"), deps));
  const orgnre = [2, 3, 4].map((n) => ws.getRow(n).getCell(1).value);
  assert.deepEqual(orgnre, ["Alfa AS", "Bravo AS", "Feilberg Handel AS"]);
});

test("export: in English, the sheet name, headers, notes, sum row, date format and file name", async () => {
  const { deps } = oppsett({ spraak: "en" });
  const res = await haandterKlientEksport(new Request("http://localhost/api/klienter/eksport"), deps);
  assert.equal(res.headers.get("content-disposition"), `attachment; filename="client-overview-2026-11-26.xlsx"`);
  const ws = await lesArk(res, "Client overview");
  assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), [
    "Client",
    "Organisation number",
    "Overdue claims",
    "Number of overdue claims",
    "Claims not yet due",
    "Number of claims not yet due",
    "Late payment interest so far",
    "Balance",
    "Next due date",
    "Amount next due",
    "Unallocated payments",
    "Note",
  ]);
  assert.equal(ws.getRow(4).getCell(12).value, "Could not be fetched (KB-002), reference 3f1c2d7e-0000-4000-8000-000000000001");
  assert.equal(ws.getRow(2).getCell(9).numFmt, "dd/mm/yyyy");
  assert.equal(ws.getRow(5).getCell(1).value, "Total");
});

test("export: in nynorsk, the sheet name, headers and notes", async () => {
  const { deps } = oppsett({ spraak: "nn" });
  const ws = await lesArk(await haandterKlientEksport(new Request("http://localhost/api/klienter/eksport"), deps), meldinger.nn.klienter.eksport.ark);
  const overskrifter = (ws.getRow(1).values as unknown[]).slice(1);
  assert.deepEqual(overskrifter.slice(2, 6), ["Forfalne krav", "Tal på forfalne krav", "Framtidige krav", "Tal på framtidige krav"]);
  assert.equal(overskrifter[6], "Forseinkingsrenter hittil");
  assert.equal(overskrifter[10], "Uplasserte innbetalingar");
  assert.equal(ws.getRow(4).getCell(12).value, "Kunne ikkje hentast (KB-002), referanse 3f1c2d7e-0000-4000-8000-000000000001");
  assert.equal(ws.getRow(2).getCell(9).numFmt, "dd.mm.yyyy");
});

test("export: does not wait for the slowest client; what is not ready is a row marked «ikke hentet», and a refused party is still left out", async () => {
  const treg = oppsett().deps.hentAapnekrav;
  const { deps, hentet } = oppsett({
    fristMs: 40,
    samtidig: 1,
    hentAapnekrav: async (orgnr) => {
      if (orgnr === "313367002") await new Promise((r) => setTimeout(r, 400));
      return treg(orgnr);
    },
  });
  const startet = performance.now();
  const res = await haandterKlientEksport(new Request("http://localhost/api/klienter/eksport"), deps);
  assert.ok(performance.now() - startet < 300, "the file starts before the slow client answers");
  // Bravo is ready; Alfa is on its way (slow), Feilberg waits in the queue behind it and is never asked for.
  assert.equal(res.headers.get("x-ikke-hentet"), "2");
  assert.ok(!hentet.includes("315900034"), "a client not started by the deadline is not asked for");
  const ws = await lesArk(res);
  const rader = [2, 3, 4].map((n) => (ws.getRow(n).values as unknown[]).slice(1));
  assert.deepEqual(
    rader.map((r) => [r[1], r[2] ?? null, r[11] ?? null]),
    [
      ["311851381", 1000, null],
      ["313367002", null, meldinger.nb.regnskap.klient.ikkeHentet],
      ["315900034", null, meldinger.nb.regnskap.klient.ikkeHentet],
    ],
  );
  assert.ok(!rader.some((r) => r[1] === "314055403"), "the refused party is not listed");
});
