import type { FeilSvar } from "@/lib/kontoutskrift/handler";
import type { ArkValg } from "@/lib/kontoutskrift/periode";
import type { Periode } from "@/lib/kravogbetalinger/model";

/**
 * The browser side of the download: fetch the route, count the bytes as they stream in (for the
 * progress shown on the button), then hand the file to the browser's downloads. A failure comes
 * back as the route's JSON (message and korrelasjonsid), never as a broken file.
 */

export type Nedlasting =
  | { ok: true; filnavn: string }
  | { ok: false; status: number; svar: FeilSvar | null }
  | { ok: false; status: "avbrutt" };

export function kontoutskriftUrl(orgnr: string, periode: Periode, ark: readonly ArkValg[]): string {
  const q = new URLSearchParams({ fraOgMed: periode.fraOgMed, tilOgMed: periode.tilOgMed });
  q.set("ark", ark.join(","));
  return `/api/part/${encodeURIComponent(orgnr)}/kontoutskrift?${q}`;
}

function filnavnFra(res: Response, reserve: string): string {
  const m = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "");
  return m?.[1] ?? reserve;
}

export async function lastNedKontoutskrift(url: string, reserveFilnavn: string, signal: AbortSignal, fremdrift: (bytes: number) => void): Promise<Nedlasting> {
  let res: Response;
  try {
    res = await fetch(url, { signal, credentials: "same-origin", headers: { Accept: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/json" } });
  } catch {
    return signal.aborted ? { ok: false, status: "avbrutt" } : { ok: false, status: 0, svar: null };
  }
  if (!res.ok || !res.body) {
    let svar: FeilSvar | null = null;
    try {
      svar = (await res.json()) as FeilSvar;
    } catch {
      // not our JSON (a proxy's page): the generic message is shown
    }
    return { ok: false, status: res.status, svar };
  }
  const deler: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  try {
    const reader = res.body.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      deler.push(value);
      bytes += value.byteLength;
      fremdrift(bytes);
    }
  } catch {
    return signal.aborted ? { ok: false, status: "avbrutt" } : { ok: false, status: 0, svar: null };
  }
  const filnavn = filnavnFra(res, reserveFilnavn);
  const blob = new Blob(deler, { type: res.headers.get("content-type") ?? "application/octet-stream" });
  const href = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = href;
  a.download = filnavn;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { ok: true, filnavn };
}
