import "server-only";
import { jsonFeil } from "@/lib/betal/rute";
import { oversetter } from "@/lib/i18n/oversetter";
import { INTL_LOCALE, type Spraak } from "@/lib/i18n/spraak";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Did a browser post the form itself (no JavaScript), so that the answer replaces the page? */
function erNavigering(request: Request): boolean {
  return request.headers.get("sec-fetch-mode") === "navigate" || (request.headers.get("accept") ?? "").includes("text/html");
}

/**
 * The payment file route's refusal: JSON ({ status, kode, melding, ...}) for a program or the
 * page's script; for a browser's own form post a small page in the language with the message
 * and the way back to the payment page, with the same status. Never a 500.
 */
export function feilsvar(request: Request, spraak: Spraak, tilbake: string, status: number, kode: string, melding: string, ekstra: Record<string, unknown> = {}): Response {
  if (!erNavigering(request)) {
    if (Object.keys(ekstra).length === 0) return jsonFeil(status, kode, melding);
    return Response.json({ status, kode, melding, ...ekstra }, { status, headers: { "Cache-Control": "private, no-store" } });
  }
  const t = oversetter(spraak, "betalingsfil");
  const tittel = escapeHtml(t("skjema.knapp"));
  const html =
    `<!doctype html><html lang="${INTL_LOCALE[spraak]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${tittel}</title></head>` +
    `<body><main><h1>${tittel}</h1><p role="alert" data-kode="${escapeHtml(kode)}">${escapeHtml(melding)}</p>` +
    `<p><a href="${escapeHtml(tilbake)}">${escapeHtml(t("api.tilbake"))}</a></p></main></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });
}
