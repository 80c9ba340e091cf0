import assert from "node:assert/strict";
import { test } from "node:test";
import { kortReferanse } from "./referanse";

test("a short reference: a UUID's first group, our own KOB reference whole, a long one cut", () => {
  assert.equal(kortReferanse("3f1c2d7e-0000-4000-8000-000000000001"), "3f1c2d7e");
  assert.equal(kortReferanse("KOB-44EC1A2B3C4D"), "KOB-44EC1A2B3C4D");
  assert.equal(kortReferanse("x".repeat(40)), `${"x".repeat(16)}…`);
});
