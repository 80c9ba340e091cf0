import { test } from "node:test";
import assert from "node:assert/strict";
import { ConfigError, REQUIRED_IN_PROD, getAppEnv, parseServerEnv } from "./env";

test("local and test default every upstream to the stand-ins on localhost", () => {
  const env = parseServerEnv({ APP_ENV: "test", STANDIN_PORT_BASE: "4500", PORT: "3100" });
  assert.equal(env.IDPORTEN_WELL_KNOWN_URL, "http://localhost:4501/.well-known/openid-configuration");
  assert.equal(env.KRAVOGBETALINGER_API_URL, "http://localhost:4504/v1");
  assert.equal(env.NEXTAUTH_URL, "http://localhost:3100");
  assert.equal(env.IDPORTEN_ACR, "idporten-loa-high");
  assert.equal(env.SESSION_IDLE_MINUTES, 30);
});

test("prod with nothing set names every missing variable at once", () => {
  assert.throws(
    () => parseServerEnv({ APP_ENV: "prod" }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(error.variables, [...REQUIRED_IN_PROD]);
      for (const name of REQUIRED_IN_PROD) assert.match(error.message, new RegExp(name));
      return true;
    },
  );
});

test("NODE_ENV=production without APP_ENV is prod: no stand-in defaults", () => {
  assert.equal(getAppEnv({ NODE_ENV: "production" }), "prod");
  assert.throws(() => parseServerEnv({ NODE_ENV: "production" }), ConfigError);
});

const completeProd = {
  APP_ENV: "prod",
  NEXTAUTH_URL: "https://krav.example.no",
  NEXTAUTH_SECRET: "x".repeat(40),
  IDPORTEN_WELL_KNOWN_URL: "https://idporten.no/.well-known/openid-configuration",
  IDPORTEN_CLIENT_ID: "client",
  IDPORTEN_CLIENT_SECRET: "secret",
  MASKINPORTEN_WELL_KNOWN_URL: "https://maskinporten.no/.well-known/oauth-authorization-server",
  MASKINPORTEN_CLIENT_ID: "mp-client",
  MASKINPORTEN_CLIENT_JWK: "{}",
  ALTINN_PLATFORM_URL: "https://platform.altinn.no",
  KRAVOGBETALINGER_API_URL: "https://kravogbetalinger.api.skatteetaten.no/v1",
};

test("a complete prod configuration parses", () => {
  const env = parseServerEnv(completeProd);
  assert.equal(env.APP_ENV, "prod");
  assert.equal(env.KRAVOGBETALINGER_RETTIGHETSPAKKE, "regnskapssystem");
});

test("prod refuses a plain-http identity provider (a stand-in) and an idle timeout over 30 minutes", () => {
  assert.throws(
    () => parseServerEnv({ ...completeProd, IDPORTEN_WELL_KNOWN_URL: "http://localhost:4401/.well-known/openid-configuration" }),
    /IDPORTEN_WELL_KNOWN_URL: må være https/,
  );
  assert.throws(() => parseServerEnv({ ...completeProd, SESSION_IDLE_MINUTES: "45" }), /SESSION_IDLE_MINUTES/);
});

test("an unknown APP_ENV is a clear error", () => {
  assert.throws(() => getAppEnv({ APP_ENV: "staging" }), /APP_ENV må være local, test eller prod/);
});
