import { createHash } from "node:crypto";
import http from "node:http";
import { exportJWK, generateKeyPair } from "jose";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { readFileSync } from "node:fs";
import path from "node:path";
import { STANDIN_CLIENT, type IdportenClientAuthMethod } from "../../lib/env";
import { erGyldigFnr } from "../../lib/identifikator";
import { listen, close, readBody, type StandIn } from "../http";
import { findTestPerson } from "../testdata/persons";
import { LOCALE_CHOICES, errorPage, loggedOutPage, loginPage, logoutElsewherePage, logoutPage, page } from "./pages";

/**
 * ID-porten stand-in on oidc-provider, behaving like the real one where our app can tell:
 * - discovery, JWKS, authorize (code flow, PKCE S256 required, state/nonce echoed, `iss` in the
 *   response), token (client authentication as registered, redirect URI checked), end_session_endpoint;
 * - the client registered with one token_endpoint_auth_method (`clientAuthMethod`, from
 *   IDPORTEN_CLIENT_AUTH_METHOD): client_secret_basic, client_secret_post, or private_key_jwt with
 *   the public key in dev/keys/idporten-client.public.jwk.json; any other method is refused;
 * - id_token with `pid`, `acr`, `amr`, `sid`, `locale` (and a pairwise `sub`);
 * - access tokens as JWTs for Altinn (scope `altinn:accessmanagement/authorizedparties`) with
 *   `pid`, which the Altinn stand-in verifies through this server's JWKS;
 * - a TestID login page listing the test persons and the assurance levels; no consent screen.
 * Extra, for tests: GET /logout-elsewhere ends the ID-porten session as if the person logged out
 * in another service, and loads each client's front-channel logout URL in an iframe.
 */

/** The audience (resource indicator) of access tokens meant for Altinn. */
export const ALTINN_RESOURCE = "https://platform.altinn.no/";
export const ALTINN_SCOPE = "altinn:accessmanagement/authorizedparties";
export const FRONTCHANNEL_PATH = "/api/auth/frontchannel-logout";

/** The public half of the stand-in client's key (dev/keys), registered for private_key_jwt. */
export function standInClientPublicJwk(): Record<string, unknown> {
  return JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "keys", "idporten-client.public.jwk.json"), "utf8"));
}

export async function startIdporten(port: number, appUrl: string, opts: { clientAuthMethod?: IdportenClientAuthMethod } = {}): Promise<StandIn> {
  const clientAuthMethod = opts.clientAuthMethod ?? "client_secret_post";
  const issuer = `http://localhost:${port}`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: "idporten-stand-in", use: "sig", alg: "RS256" };
  const frontchannelUri = `${appUrl}${FRONTCHANNEL_PATH}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: STANDIN_CLIENT.idportenClientId,
        ...(clientAuthMethod === "private_key_jwt"
          ? { jwks: { keys: [standInClientPublicJwk()] }, token_endpoint_auth_signing_alg: "RS256" }
          : { client_secret: STANDIN_CLIENT.idportenClientSecret }),
        redirect_uris: [`${appUrl}/api/auth/callback/idporten`],
        post_logout_redirect_uris: [`${appUrl}/logget-ut`],
        token_endpoint_auth_method: clientAuthMethod,
        subject_type: "pairwise",
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [signingKey] },
    // What ID-porten's discovery document offers.
    clientAuthMethods: ["client_secret_basic", "client_secret_post", "private_key_jwt"],
    cookies: { keys: ["idporten-stand-in-cookie-key-not-secret"] },
    pkce: { required: () => true },
    acrValues: ["idporten-loa-substantial", "idporten-loa-high"],
    scopes: ["openid", "profile", ALTINN_SCOPE],
    claims: { openid: ["sub", "pid", "locale"], profile: ["name"] },
    conformIdTokenClaims: false,
    subjectTypes: ["public", "pairwise"],
    pairwiseIdentifier: async (_ctx, accountId, client) =>
      createHash("sha256").update(`${client.sectorIdentifier}|${accountId}|idporten-stand-in`).digest("base64url"),
    ttl: { AccessToken: 120, IdToken: 120, AuthorizationCode: 60, Interaction: 600, Session: 7200, Grant: 7200 },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = loggedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => ALTINN_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, resource) => {
          if (resource !== ALTINN_RESOURCE) throw new Error(`unknown resource ${resource}`);
          return { scope: ALTINN_SCOPE, audience: ALTINN_RESOURCE, accessTokenFormat: "jwt", accessTokenTTL: 120, jwt: { sign: { alg: "RS256" } } };
        },
      },
    },
    extraTokenClaims: async (_ctx, token) => ("accountId" in token && token.accountId ? { pid: token.accountId, acr: (token as { acr?: string }).acr } : undefined),
    findAccount: async (_ctx, id, token) => ({
      accountId: id,
      claims: async () => ({ sub: id, pid: id, name: findTestPerson(id)?.name, locale: localeForLogin(token) }),
    }),
    // No consent screen: the grant is given automatically, as ID-porten does for its clients.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const clientId = ctx.oidc.client!.clientId;
      const accountId = ctx.oidc.session!.accountId!;
      const existing = ctx.oidc.session!.grantIdFor(clientId);
      if (existing) {
        const found = await ctx.oidc.provider.Grant.find(existing);
        if (found) return found;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      // Altinn's scope is listed among the OP's scopes too, so it is granted both ways.
      grant.addOIDCScope(`openid profile ${ALTINN_SCOPE}`);
      grant.addOIDCClaims(["pid", "name", "locale"]);
      grant.addResourceScope(ALTINN_RESOURCE, ALTINN_SCOPE);
      await grant.save();
      return grant;
    },
    interactions: { url: async (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = errorPage(out);
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = true;
  // The real ID-porten puts `sid` in the id_token for clients registered for front-channel
  // logout with session; oidc-provider 9 has no front-channel logout, so always include it.
  provider.Client.prototype.includeSid = () => true;

  provider.use(async (ctx, next) => {
    if (ctx.path !== "/logout-elsewhere") return next();
    const session = await provider.Session.get(ctx);
    const frames: string[] = [];
    if (session.accountId) {
      for (const clientId of Object.keys(session.authorizations ?? {})) {
        const sid = session.sidFor(clientId);
        if (sid) frames.push(`${frontchannelUri}?${new URLSearchParams({ iss: issuer, sid })}`);
      }
      await session.destroy();
    }
    ctx.type = "html";
    ctx.body = logoutElsewherePage(frames);
  });

  const callback = provider.callback();
  const server = http.createServer((req, res) => {
    handle(provider, req, res, callback).catch((error: unknown) => {
      console.error(`[idporten] ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "text/html; charset=utf-8" });
        res.end(page("Feil", "<h1>Noe gikk galt i ID-porten (lokal testversjon)</h1>"));
      } else res.end();
    });
  });
  await listen(server, port, "ID-porten stand-in");
  return { name: "ID-porten", port, url: issuer, close: () => close(server) };
}

/**
 * The language chosen on the TestID page (the id_token's `locale`), per login: keyed by the
 * authorization request's nonce, which the authorization code carries to the token endpoint.
 * Per login, not per person: parallel tests log in as the same person in different languages.
 */
const chosenLocale = new Map<string, string>();

function localeForLogin(token: unknown): string {
  const nonce = (token as { nonce?: unknown } | undefined)?.nonce;
  return (typeof nonce === "string" && chosenLocale.get(nonce)) || "nb";
}

function rememberLocale(nonce: unknown, locale: string) {
  if (typeof nonce !== "string" || !nonce) return;
  chosenLocale.set(nonce, LOCALE_CHOICES.some((c) => c.value === locale) ? locale : "nb");
  // A stand-in that runs for days must not grow without bound: forget the oldest logins.
  if (chosenLocale.size > 1000) chosenLocale.delete(chosenLocale.keys().next().value!);
}

async function handle(provider: Provider, req: http.IncomingMessage, res: http.ServerResponse, callback: ReturnType<Provider["callback"]>) {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/health") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: "ok" }));
    return;
  }
  const match = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/.exec(url.pathname);
  if (!match) return callback(req, res);

  const [, uid, action] = match;
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error("interaction mismatch");
  const html = (body: string, status = 200) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(body);
  };
  const requestedAcr = String(details.params.acr_values ?? "").split(" ")[0];
  const uiLocales = typeof details.params.ui_locales === "string" ? details.params.ui_locales : undefined;

  if (req.method === "GET" && !action) return html(loginPage(uid!, requestedAcr, undefined, uiLocales));
  if (req.method !== "POST") return html(page("Feil", "<h1>Ugyldig forespørsel</h1>"), 405);

  if (action === "/abort") {
    await provider.interactionFinished(req, res, { error: "access_denied", error_description: "Brukeren avbrøt innloggingen" }, { mergeWithLastSubmission: false });
    return;
  }
  const form = new URLSearchParams(await readBody(req));
  const pid = form.get("pid") ?? "";
  const acr = form.get("acr") ?? "";
  if (!erGyldigFnr(pid) || !["idporten-loa-substantial", "idporten-loa-high"].includes(acr)) {
    return html(loginPage(uid!, requestedAcr, "Velg en testperson og et sikkerhetsnivå.", uiLocales), 400);
  }
  const locale = form.get("locale") ?? "";
  rememberLocale(details.params.nonce, locale);
  await provider.interactionFinished(req, res, { login: { accountId: pid, acr, amr: ["TestID"], remember: false } }, { mergeWithLastSubmission: false });
}
