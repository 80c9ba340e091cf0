import { PassThrough } from "node:stream";
import { oversetter } from "../i18n/oversetter";
import type { KontoutskriftGrunnlag } from "./ark";
import { AvbruttError, skrivKontoutskrift, type SkrivValg } from "./skriv";
import { tilWebStream } from "./stream";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The download as a streamed Response: the workbook is written while the client reads it.
 * `ferdig` settles when the writing is over: `avbrutt` if the client went away, `feil` on a fault
 * after the headers were sent (the download then breaks off; nothing else can be said by then).
 */
export function kontoutskriftRespons(
  g: KontoutskriftGrunnlag,
  valg: SkrivValg & { paaSlutt?: (utfall: { status: "ferdig" | "avbrutt" } | { status: "feil"; feil: unknown }) => void } = {},
): Response {
  const output = new PassThrough({ highWaterMark: 256 * 1024 });
  // A destroyed output may still get a write from the zip: never let that crash the process.
  output.on("error", () => {});
  skrivKontoutskrift(g, output, valg).then(
    () => valg.paaSlutt?.({ status: "ferdig" }),
    (feil: unknown) => {
      output.destroy(feil instanceof AvbruttError ? undefined : (feil as Error));
      valg.paaSlutt?.(feil instanceof AvbruttError ? { status: "avbrutt" } : { status: "feil", feil });
    },
  );
  const filnavn = oversetter(g.spraak, "kontoutskrift")("fil.filnavn", { orgnr: g.part.orgnr, fraOgMed: g.periode.fraOgMed, tilOgMed: g.periode.tilOgMed });
  return new Response(tilWebStream(output), {
    status: 200,
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${filnavn}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
