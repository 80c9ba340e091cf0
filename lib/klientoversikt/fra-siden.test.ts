import assert from "node:assert/strict";
import { test } from "node:test";
import ExcelJS from "exceljs";
import type { Party } from "../auth/types";
import { meldinger } from "../tekster";
import { haandterKlientEksportFraSiden, type FraSidenAvhengigheter } from "./fra-siden";
import type { KlientSammendrag } from "./sammendrag";

const t = meldinger.nb;
const part = (orgnr: string, name: string): Party => ({ orgnr, name, unitType: "AS", parentOrgnr: null, isDeleted: false });
const PARTER = [part("311851381", "Bravo AS"), part("313367002", "Alfa AS"), part("315900050", "Treig Logistikk AS")];
const sammendrag = (orgnr: string, forfalt: number): KlientSammendrag => ({
  orgnr,
  skjermet: false,
  forfalte: { sum: forfalt, antall: 1 },
  fremtidige: { sum: 0, antall: 0 },
  renter: 0,
  saldo: forfalt,
  nesteForfall: null,
  uplasserte: 0,
});
const deps: FraSidenAvhengigheter = {
  spraak: "nb",
  sesjon: async () => ({ ok: true, parties: PARTER }),
  naa: () => new Date("2026-12-08T10:00:00Z"),
  ugyldig: () => new Response(null, { status: 400 }),
};
const post = (body: unknown, type = "application/json") =>
  new Request("http://localhost/api/klienter/eksport", { method: "POST", body: JSON.stringify(body), headers: { "content-type": type } });

test("export from the page: at once, its figures, the rows still on their way marked «ikke hentet», only the session's own clients with the session's names", async () => {
  const res = await haandterKlientEksportFraSiden(
    post({
      rader: [
        { orgnr: "313367002", sammendrag: sammendrag("313367002", 50), feil: null },
        { orgnr: "315900050", sammendrag: null, feil: null },
        { orgnr: "311851381", sammendrag: sammendrag("311851381", 1000), feil: null },
        { orgnr: "999999999", sammendrag: sammendrag("999999999", 5), feil: null },
      ],
    }),
    deps,
  );
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("x-ikke-hentet"), "1");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(t.klienter.eksport.ark)!;
  const rader = [2, 3, 4, 5].map((n) => (ws.getRow(n).values as unknown[]).slice(1));
  assert.deepEqual(
    rader.slice(0, 3).map((r) => [r[0], r[1], r[2] ?? null, r[11] ?? null]),
    [
      ["Bravo AS", "311851381", 1000, null],
      ["Alfa AS", "313367002", 50, null],
      ["Treig Logistikk AS", "315900050", null, t.regnskap.klient.ikkeHentet],
    ],
  );
  assert.ok(!rader.some((r) => r[1] === "999999999"));
});

test("export from the page: no session, no JSON or a body that does not fit are refused", async () => {
  const utenSesjon = await haandterKlientEksportFraSiden(post({ rader: [] }), { ...deps, sesjon: async () => ({ ok: false, response: new Response(null, { status: 401 }) }) });
  assert.equal(utenSesjon.status, 401);
  assert.equal((await haandterKlientEksportFraSiden(post({ rader: [] }, "text/plain"), deps)).status, 400);
  assert.equal((await haandterKlientEksportFraSiden(post({ rader: [{ orgnr: "1" }] }), deps)).status, 400);
});
