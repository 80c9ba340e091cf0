import "server-only";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * Prometheus metrics, one registry per process (kept on globalThis so dev reloads do not
 * register twice). Labels never carry a person, a token or an organisation number.
 */
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "kob_" });
  const buckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: "kob_http_request_duration_seconds",
      help: "Time to answer a request to one of our routes",
      labelNames: ["route", "method", "status"] as const,
      buckets,
      registers: [registry],
    }),
    upstreamDuration: new Histogram({
      name: "kob_upstream_request_duration_seconds",
      help: "Time of calls to upstream services",
      labelNames: ["upstream", "endpoint", "status"] as const,
      buckets,
      registers: [registry],
    }),
    upstreamErrors: new Counter({
      name: "kob_upstream_errors_total",
      help: "Failed upstream calls by endpoint and error code",
      labelNames: ["upstream", "endpoint", "kode"] as const,
      registers: [registry],
    }),
    droppedItems: new Counter({
      name: "kob_upstream_dropped_items_total",
      help: "Items of an upstream answer that could not be read and were left out, by endpoint",
      labelNames: ["upstream", "endpoint"] as const,
      registers: [registry],
    }),
    cacheRequests: new Counter({
      name: "kob_cache_requests_total",
      help: "Cache look-ups by cache and result (hit, miss, shared in-flight)",
      labelNames: ["cache", "result"] as const,
      registers: [registry],
    }),
    tokenFetches: new Counter({
      name: "kob_token_fetches_total",
      help: "Token requests to Maskinporten and Altinn by result",
      labelNames: ["issuer", "result"] as const,
      registers: [registry],
    }),
    exports: new Counter({
      name: "kob_exports_total",
      help: "Generated documents by kind and result",
      labelNames: ["kind", "result"] as const,
      registers: [registry],
    }),
    exportDuration: new Histogram({
      name: "kob_export_duration_seconds",
      help: "Time to generate a document",
      labelNames: ["kind"] as const,
      buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    }),
  };
}

type Metrics = ReturnType<typeof createMetrics>;
const globalForMetrics = globalThis as unknown as { kobMetrics?: Metrics };
export const metrics: Metrics = (globalForMetrics.kobMetrics ??= createMetrics());

/** Wraps a route handler so its duration and status are counted under a fixed route name. */
export function withRouteMetrics<Req extends Request, Args extends unknown[]>(
  route: string,
  handler: (request: Req, ...args: Args) => Promise<Response>,
): (request: Req, ...args: Args) => Promise<Response> {
  return async (request, ...args) => {
    const stop = metrics.httpRequestDuration.startTimer({ route, method: request.method });
    try {
      const response = await handler(request, ...args);
      stop({ status: String(response.status) });
      return response;
    } catch (error) {
      stop({ status: "500" });
      throw error;
    }
  };
}

/**
 * Counts a generated document when its body has been sent to the end (or failed): the
 * duration covers the whole stream, not just the time to the first byte.
 */
export function countExport(kind: string, response: Response, started = performance.now()): Response {
  if (!response.ok || !response.body) {
    metrics.exports.inc({ kind, result: response.ok ? "tom" : "feil" });
    return response;
  }
  const done = (result: string) => {
    metrics.exports.inc({ kind, result });
    metrics.exportDuration.observe({ kind }, (performance.now() - started) / 1000);
  };
  // Counted when the last byte has passed; a download the client abandons is not counted as made.
  const counted = response.body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ flush: () => done("ok") }));
  return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
}
