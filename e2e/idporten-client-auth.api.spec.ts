import { expect, test } from "@playwright/test";
import { SEED_ORGNR } from "../dev/testdata/parties";
import { loginAs } from "./helpers/login";
import { Processes, waitForOk } from "./helpers/processes";

/**
 * ID-porten client authentication from configuration. The main suite logs in with a secret
 * (client_secret_post, the local default); this spec starts a second pair of stand-ins and app
 * with IDPORTEN_CLIENT_AUTH_METHOD=private_key_jwt (the ID-porten stand-in then registers our
 * client with the public key in dev/keys and no secret) and runs the whole login once more.
 */
const appPort = Number(process.env.TEST_APP_PORT ?? 3100) + 96;
const standInBase = Number(process.env.TEST_STANDIN_PORT_BASE ?? 4500) + 50;
const appUrl = `http://localhost:${appPort}`;

test.use({ baseURL: appUrl });
test.describe.configure({ mode: "serial", timeout: 90_000 });

const processes = new Processes();

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const common = {
    PATH: process.env.PATH,
    NEXT_TELEMETRY_DISABLED: "1",
    STANDIN_PORT_BASE: String(standInBase),
    NEXTAUTH_URL: appUrl,
    LOG_LEVEL: "warn",
    IDPORTEN_CLIENT_AUTH_METHOD: "private_key_jwt",
  };
  processes.start("stand-ins", process.execPath, ["--import", "tsx", "dev/index.ts"], common);
  await waitForOk(`http://localhost:${standInBase}/health`, () => processes.output("stand-ins"));
  processes.start("app", process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(appPort)], { ...common, APP_ENV: "test", PORT: String(appPort) });
  await waitForOk(`${appUrl}/api/internal/isready`, () => processes.output("app"));
});

test.afterAll(async () => {
  await processes.stopAll();
});

test("the whole login with private_key_jwt: the stand-in accepts our signed client assertion and nothing else", async ({ page, request }) => {
  await loginAs(page, "Kari Nordmann");
  await expect(page).toHaveURL(`/${SEED_ORGNR}`);
  await expect(page.getByRole("banner").getByTestId("aktiv-virksomhet")).toContainText("Nordmann Eplepress ENK");

  // The registration decides: the known secret is no longer accepted at the token endpoint.
  const discovery = await (await request.get(`http://localhost:${standInBase + 1}/.well-known/openid-configuration`)).json();
  expect(discovery.token_endpoint_auth_methods_supported).toContain("private_key_jwt");
  const token = await request.post(discovery.token_endpoint, {
    form: { grant_type: "authorization_code", code: "x", redirect_uri: `${appUrl}/api/auth/callback/idporten`, client_id: "krav-og-betalinger-local", client_secret: "local-client-secret-not-for-production" },
  });
  expect(token.status()).toBe(401);
  expect((await token.json()).error).toBe("invalid_client");
});
