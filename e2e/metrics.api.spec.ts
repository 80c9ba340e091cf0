import { expect, test } from "@playwright/test";
import { SEED_ORGNR } from "../dev/testdata/parties";
import { loginAs } from "./helpers/login";

/** An operator's view: after a user's visit and download, the metrics say what happened. */
function value(text: string, name: string, labels: Record<string, string>): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.split(" ").at(-1)) : 0;
}

test("metrics count route calls, upstream calls, token fetches and exports", async ({ page, request }) => {
  await loginAs(page, "Kari Nordmann");
  expect((await page.request.get(`/api/part/${SEED_ORGNR}/aapnekrav`)).status()).toBe(200);
  const file = await page.request.get(`/api/part/${SEED_ORGNR}/kontoutskrift?fraOgMed=2023-01-01&tilOgMed=2023-12-31`);
  expect(file.status()).toBe(200);
  expect((await file.body()).length).toBeGreaterThan(1000);

  const text = await (await request.get("/api/internal/metrics")).text();
  expect(value(text, "kob_http_request_duration_seconds_count", { route: "/api/part/[orgnr]/aapnekrav", status: "200" })).toBeGreaterThanOrEqual(1);
  expect(value(text, "kob_exports_total", { kind: "kontoutskrift", result: "ok" })).toBeGreaterThanOrEqual(1);
  expect(value(text, "kob_export_duration_seconds_count", { kind: "kontoutskrift" })).toBeGreaterThanOrEqual(1);
  expect(value(text, "kob_upstream_request_duration_seconds_count", { upstream: "kravogbetalinger", endpoint: "krav" })).toBeGreaterThanOrEqual(1);
  expect(value(text, "kob_token_fetches_total", { issuer: "maskinporten", result: "ok" })).toBeGreaterThanOrEqual(1);
  expect(text).toContain('kob_cache_requests_total{cache="kravogbetalinger"');
  // Labels never carry an organisation number or a person.
  expect(text).not.toContain(SEED_ORGNR);
});
