import { test } from "node:test";
import assert from "node:assert/strict";
import { ConfigError, parseServerEnv } from "@/lib/env";
import { clientAuthMethodProblem } from "./idporten-client-auth";

const prod = {
  APP_ENV: "prod",
  NEXTAUTH_URL: "https://krav.example.no",
  NEXTAUTH_SECRET: "x".repeat(40),
  IDPORTEN_WELL_KNOWN_URL: "https://idporten.no/.well-known/openid-configuration",
  IDPORTEN_CLIENT_ID: "client",
  MASKINPORTEN_WELL_KNOWN_URL: "https://maskinporten.no/.well-known/oauth-authorization-server",
  MASKINPORTEN_CLIENT_ID: "mp-client",
  MASKINPORTEN_CLIENT_JWK: "{}",
  ALTINN_PLATFORM_URL: "https://platform.altinn.no",
  KRAVOGBETALINGER_API_URL: "https://kravogbetalinger.api.skatteetaten.no/v1",
};

const message = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.message;
  }
  assert.fail("expected a ConfigError");
};

test("the client authentication method is read from IDPORTEN_CLIENT_AUTH_METHOD, with the credential it needs", () => {
  for (const method of ["client_secret_basic", "client_secret_post"] as const) {
    assert.equal(parseServerEnv({ ...prod, IDPORTEN_CLIENT_SECRET: "s", IDPORTEN_CLIENT_AUTH_METHOD: method }).IDPORTEN_CLIENT_AUTH_METHOD, method);
  }
  assert.equal(parseServerEnv({ ...prod, IDPORTEN_CLIENT_JWK: "{}", IDPORTEN_CLIENT_AUTH_METHOD: "private_key_jwt" }).IDPORTEN_CLIENT_AUTH_METHOD, "private_key_jwt");
  assert.match(message(() => parseServerEnv({ ...prod, IDPORTEN_CLIENT_SECRET: "s", IDPORTEN_CLIENT_AUTH_METHOD: "private_key_jwt" })), /IDPORTEN_CLIENT_JWK: mangler/);
  assert.match(message(() => parseServerEnv({ ...prod, IDPORTEN_CLIENT_JWK: "{}", IDPORTEN_CLIENT_AUTH_METHOD: "client_secret_basic" })), /IDPORTEN_CLIENT_SECRET: mangler/);
  assert.match(message(() => parseServerEnv({ ...prod, IDPORTEN_CLIENT_SECRET: "s", IDPORTEN_CLIENT_AUTH_METHOD: "client_secret_jwt" })), /IDPORTEN_CLIENT_AUTH_METHOD: må være client_secret_basic, client_secret_post, private_key_jwt/);
});

test("without the setting: a key alone means private_key_jwt, otherwise client_secret_post; the stand-ins use the secret", () => {
  assert.equal(parseServerEnv({ ...prod, IDPORTEN_CLIENT_JWK: "{}" }).IDPORTEN_CLIENT_AUTH_METHOD, "private_key_jwt");
  assert.equal(parseServerEnv({ ...prod, IDPORTEN_CLIENT_SECRET: "s" }).IDPORTEN_CLIENT_AUTH_METHOD, "client_secret_post");
  assert.equal(parseServerEnv({ APP_ENV: "test" }).IDPORTEN_CLIENT_AUTH_METHOD, "client_secret_post");
  assert.equal(parseServerEnv({ APP_ENV: "test", IDPORTEN_CLIENT_AUTH_METHOD: "private_key_jwt" }).IDPORTEN_CLIENT_JWK, "file:dev/keys/idporten-client.private.jwk.json");
});

test("a method ID-porten's discovery does not offer is named with what it does offer", () => {
  const discovery = { issuer: "https://idporten.no", token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt"] };
  assert.equal(clientAuthMethodProblem("private_key_jwt", discovery), null);
  assert.match(clientAuthMethodProblem("client_secret_basic", discovery)!, /client_secret_basic støttes ikke av ID-porten \(https:\/\/idporten.no\), som tilbyr client_secret_post, private_key_jwt/);
  assert.equal(clientAuthMethodProblem("client_secret_basic", { issuer: "x" }), null, "the OIDC default when the list is missing");
});

test("rettighetspakke finans is refused at start-up: it needs Altinn consent tokens this product does not have", () => {
  assert.match(message(() => parseServerEnv({ ...prod, IDPORTEN_CLIENT_SECRET: "s", KRAVOGBETALINGER_RETTIGHETSPAKKE: "finans" })), /KRAVOGBETALINGER_RETTIGHETSPAKKE: finans støttes ikke: den krever samtykketokener/);
  assert.equal(parseServerEnv({ ...prod, IDPORTEN_CLIENT_SECRET: "s" }).KRAVOGBETALINGER_RETTIGHETSPAKKE, "regnskapssystem");
});
