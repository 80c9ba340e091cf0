export const dynamic = "force-dynamic";

/** Liveness: the process answers. No upstream is asked. */
export function GET() {
  return new Response("ok", { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
