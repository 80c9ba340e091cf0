import { test } from "node:test";
import assert from "node:assert/strict";
import { hasUndecodableSegment, isSafeCallbackUrl, loginPath, safeReturnTo } from "./paths";

test("a path inside the app is kept with its query and fragment", () => {
  assert.equal(safeReturnTo("/313367002/betalte?aar=2024#x"), "/313367002/betalte?aar=2024#x");
  assert.equal(safeReturnTo("http://localhost:3000/313367002", "http://localhost:3000"), "/313367002");
});

test("other hosts and tricks that browsers read as other hosts fall back to the front page", () => {
  for (const bad of ["https://evil.example/x", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "evil", "/\tx", "", null, undefined]) {
    assert.equal(safeReturnTo(bad), "/", String(bad));
  }
  assert.equal(safeReturnTo("http://localhost:3000/x", "http://localhost:3001"), "/");
});

test("returning to an auth route would loop, so it goes to the front page", () => {
  assert.equal(safeReturnTo("/api/auth/logg-inn?tilbake=/x"), "/");
  assert.equal(safeReturnTo("/api/auth/callback/idporten"), "/");
});

test("loginPath carries where to come back to", () => {
  assert.equal(loginPath("/313367002/betalte?aar=2024"), "/api/auth/logg-inn?tilbake=%2F313367002%2Fbetalte%3Faar%3D2024");
  assert.equal(loginPath("/"), "/api/auth/logg-inn");
  assert.equal(loginPath("https://evil.example"), "/api/auth/logg-inn");
});

test("a path with malformed percent-encoding is recognised; ordinary encoded paths are not", () => {
  for (const bad of ["/%E0%A4%A", "/%", "/api/part/%E0/aapnekrav", "/313367002/%ZZ", "/api/auth/%E0"]) {
    assert.equal(hasUndecodableSegment(bad), true, bad);
  }
  for (const ok of ["/", "/313367002", "/313%20367%20002", "/%C3%A6%C3%B8", "/api/part/313367002/krav", "/%25"]) {
    assert.equal(hasUndecodableSegment(ok), false, ok);
  }
});

test("the path is normalised before it is checked: dot segments, backslashes, encoded slashes and tabs never leave the app", () => {
  const tricks = [
    "/..//evil.example",
    "/../..//evil.example/x",
    "/./\\/evil.example",
    "/%2e%2e//evil.example",
    "/a/../..//evil.example",
    "/.\\\\evil.example",
    "/%2F%2Fevil.example",
    "/%2fevil.example",
    "/%5Cevil.example",
    "/%5c%5cevil.example",
    "/..%2F%2Fevil.example",
    "/\t/evil.example",
    "/\u0009\u0009evil.example",
    "\t//evil.example",
    "/\n/evil.example",
    "/x/../api/auth/logg-inn",
    "/api%2Fauth/logg-inn",
  ];
  for (const bad of tricks) {
    const out = safeReturnTo(bad);
    assert.equal(out, "/", JSON.stringify(bad));
  }
  // Whatever comes out is a path a browser resolves on this host.
  for (const bad of tricks) {
    const out = safeReturnTo(bad);
    assert.equal(new URL(out, "https://app.example").host, "app.example", JSON.stringify(bad));
  }
  // Resolved to a path on this host, which is harmless.
  assert.equal(safeReturnTo("/..\\evil.example"), "/evil.example");
  // Dot segments inside the app are simply resolved.
  assert.equal(safeReturnTo("/313367002/../313367002/betalte?aar=2024"), "/313367002/betalte?aar=2024");
  assert.equal(safeReturnTo("/a/./b"), "/a/b");
});

test("a next-auth callback URL is safe only when it is one of this app's own return paths", () => {
  const app = "http://localhost:3000";
  assert.equal(isSafeCallbackUrl("http://localhost:3000/313367002/betalte?aar=2024", app), true);
  assert.equal(isSafeCallbackUrl("/313367002", app), true);
  for (const bad of ["https://evil.example/", "http://localhost:3000.evil.example/", " \n9 -[0~\n", "//evil.example", "/..//evil.example", "http://localhost:3000/api/auth/logg-inn", "", "😀"]) {
    assert.equal(isSafeCallbackUrl(bad, app), false, JSON.stringify(bad));
  }
});
