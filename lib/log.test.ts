import { test } from "node:test";
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { createLogger, scrub } from "./log";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { logger: createLogger(stream, "debug"), lines };
}

test("a pid, token, KID and account number never reach the log", () => {
  const { logger, lines } = capture();
  const pid = "24817510260";
  const kid = "7904907195215180016";
  const kontonummer = "63450618888";
  const jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
  logger.info({ pid, token: jwt, kid, user: { fnr: pid }, note: `kid ${kid} til konto ${kontonummer}` }, `login av ${pid}`);
  logger.warn(`Bearer ${jwt}`);
  logger.error(new Error(`kall feilet for ${pid}`));
  const all = lines.join("\n");
  for (const secret of [pid, kid, kontonummer, jwt]) assert.ok(!all.includes(secret), `leaked ${secret}: ${all}`);
  assert.equal(lines.length, 3);
});

test("an organisasjonsnummer and ordinary fields stay readable", () => {
  const { logger, lines } = capture();
  logger.info({ orgnr: "313367002", status: 503, kode: "KB-002" }, "oppslag for 313367002");
  const line = JSON.parse(lines[0]!);
  assert.equal(line.orgnr, "313367002");
  assert.equal(line.status, 503);
  assert.equal(line.message, "oppslag for 313367002");
});

test("scrub masks account numbers written with spaces or dots", () => {
  assert.equal(scrub("konto 6345.06.18888"), "konto [redacted]");
  assert.equal(scrub("konto 6345 06 18888"), "konto [redacted]");
  assert.equal(scrub("beløp 448 600"), "beløp 448 600");
});
