import { test } from "node:test";
import assert from "node:assert/strict";
import { loginPath, safeReturnTo } from "./paths";

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
