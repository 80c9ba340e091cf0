import { test } from "node:test";
import assert from "node:assert/strict";
import { contentSecurityPolicy, createNonce, idportenOrigins, securityHeaders, type HeaderOptions } from "./security-headers";

const base: HeaderOptions = { nonce: "abc123", prod: false, dev: false, idportenOrigins: ["https://test.idporten.no", "https://login.test.idporten.no"] };

function directive(csp: string, name: string): string | undefined {
  return csp.split(";").map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
}

test("scripts run only with this request's nonce: no unsafe-inline, no other hosts", () => {
  const script = directive(contentSecurityPolicy(base), "script-src")!;
  assert.match(script, /'nonce-abc123'/);
  assert.doesNotMatch(script, /unsafe-inline|unsafe-eval|https?:/);
});

test("eval is allowed only for next dev", () => {
  assert.match(directive(contentSecurityPolicy({ ...base, dev: true }), "script-src")!, /'unsafe-eval'/);
});

test("every page refuses to be framed; the front-channel route may be framed by ID-porten only", () => {
  const page = securityHeaders(base);
  assert.equal(directive(page["Content-Security-Policy"]!, "frame-ancestors"), "frame-ancestors 'none'");
  assert.equal(page["X-Frame-Options"], "DENY");
  const fc = securityHeaders({ ...base, frameable: true });
  assert.equal(directive(fc["Content-Security-Policy"]!, "frame-ancestors"), "frame-ancestors https://test.idporten.no https://login.test.idporten.no");
  assert.equal(fc["X-Frame-Options"], undefined);
});

test("nosniff, a referrer policy and a permissions policy that turns off unused features", () => {
  const h = securityHeaders(base);
  assert.equal(h["X-Content-Type-Options"], "nosniff");
  assert.ok(["no-referrer", "strict-origin-when-cross-origin"].includes(h["Referrer-Policy"]!));
  for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]) assert.ok(h["Permissions-Policy"]!.includes(feature), feature);
});

test("HSTS and upgrade-insecure-requests only in prod", () => {
  assert.equal(securityHeaders(base)["Strict-Transport-Security"], undefined);
  const prod = securityHeaders({ ...base, prod: true });
  assert.match(prod["Strict-Transport-Security"]!, /max-age=31536000/);
  assert.match(prod["Content-Security-Policy"]!, /upgrade-insecure-requests/);
});

test("the logout form may end at ID-porten (form-action covers its login host)", () => {
  assert.equal(directive(contentSecurityPolicy(base), "form-action"), "form-action 'self' https://test.idporten.no https://login.test.idporten.no");
});

test("ID-porten's origins: issuer host and its login host; a local stand-in is just itself", () => {
  assert.deepEqual(idportenOrigins("https://idporten.no/.well-known/openid-configuration"), ["https://idporten.no", "https://login.idporten.no"]);
  assert.deepEqual(idportenOrigins("http://localhost:4401/.well-known/openid-configuration"), ["http://localhost:4401"]);
});

test("nonces are fresh each time and long enough", () => {
  const a = createNonce();
  assert.notEqual(a, createNonce());
  assert.ok(Buffer.from(a, "base64").length >= 16);
});
