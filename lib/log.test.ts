import "./log-test-setup";
import { test } from "node:test";
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { createLogger, scrub } from "./log";
import { requestIdFrom } from "./request-id";

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

test("a line written while a request is served carries its id once, also from a child that has it already", () => {
  const { logger, lines } = capture();
  const store = { type: "request", headers: new Headers({ "x-request-id": "req-123" }) } as unknown as Parameters<typeof workUnitAsyncStorage.run>[0];
  workUnitAsyncStorage.run(store, () => {
    logger.info({ orgnr: "313367002" }, "access refused: not one of the person's parties");
    logger.child({ requestId: "req-123" }).warn("from a child");
  });
  logger.info("outside any request");
  const [inRequest, fromChild, outside] = lines;
  assert.equal(JSON.parse(inRequest!).requestId, "req-123");
  assert.equal(fromChild!.match(/"requestId"/g)?.length, 1, fromChild);
  assert.equal(JSON.parse(outside!).requestId, undefined);
});

test("a line has one message key, whatever the object logged carries", () => {
  const { logger, lines } = capture();
  logger.error({ code: "OAUTH_CALLBACK_ERROR", detail: "state mismatch" }, "next-auth error");
  assert.equal(lines[0]!.match(/"message"/g)?.length, 1, lines[0]);
});

test("a client's x-request-id is kept only when it is a short token of safe characters", () => {
  assert.equal(requestIdFrom("abc-123_X.y:z"), "abc-123_X.y:z");
  for (const bad of ["", "a\nb", "a b", "x".repeat(65), "<script>", "id\u0000", "é", null, undefined]) {
    const id = requestIdFrom(bad);
    assert.notEqual(id, bad);
    assert.match(id, /^[0-9a-f-]{36}$/);
  }
});
