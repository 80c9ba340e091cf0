import { timingSafeEqual } from "node:crypto";
import { getServerEnv } from "@/lib/env";
import { metrics } from "@/lib/metrics";

export const dynamic = "force-dynamic";

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Prometheus text. Not public in prod: it needs METRICS_TOKEN as a bearer token, and without
 * METRICS_TOKEN configured the route does not exist there.
 */
export async function GET(request: Request) {
  const env = getServerEnv();
  if (env.METRICS_TOKEN) {
    const given = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
    if (!sameSecret(given, env.METRICS_TOKEN)) {
      return new Response("Unauthorized", { status: 401, headers: { "www-authenticate": "Bearer" } });
    }
  } else if (env.APP_ENV === "prod") {
    return new Response("Not found", { status: 404 });
  }
  return new Response(await metrics.registry.metrics(), {
    headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" },
  });
}
