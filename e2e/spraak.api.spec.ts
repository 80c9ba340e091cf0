import { expect, test } from "@playwright/test";
import { oversett } from "./helpers/tekster";

/** POST /api/spraak: a clear answer to anything but a known language from our own page. */

test("an unknown language is a 400 that says which languages there are", async ({ request, baseURL }) => {
  const res = await request.post("/api/spraak", { form: { spraak: "de", tilbake: "/" }, headers: { origin: baseURL! }, maxRedirects: 0 });
  expect(res.status()).toBe(400);
  expect(await res.text()).toBe(oversett("nb")("felles.spraak.ugyldig"));
  expect(res.headers()["set-cookie"]).toBeUndefined();
});

test("a post from another site changes nothing", async ({ request }) => {
  const res = await request.post("/api/spraak", { form: { spraak: "en" }, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
  expect(res.status()).toBe(403);
  expect(res.headers()["set-cookie"]).toBeUndefined();
});

test("the way back stays inside the app", async ({ request, baseURL }) => {
  for (const tilbake of ["https://evil.example/", "//evil.example", "/api/auth/logg-ut"]) {
    const res = await request.post("/api/spraak", { form: { spraak: "en", tilbake }, headers: { origin: baseURL! }, maxRedirects: 0 });
    expect(res.status(), tilbake).toBe(303);
    expect(res.headers()["location"], tilbake).toBe("/");
  }
  const res = await request.post("/api/spraak", { form: { spraak: "nn", tilbake: "/313367002?fane=betalte&aar=2023" }, headers: { origin: baseURL! }, maxRedirects: 0 });
  expect(res.headers()["location"]).toBe("/313367002?fane=betalte&aar=2023");
  expect(res.headers()["set-cookie"]).toMatch(/^spraak=nn; Path=\/; Max-Age=31536000; SameSite=Lax; HttpOnly/);
});
