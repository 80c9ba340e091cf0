import "server-only";
import type { AuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getServerEnv, readSecretValue } from "@/lib/env";
import { huskSpraakFraInnlogging } from "@/lib/i18n/server";
import { logger } from "@/lib/log";
import { readIdportenLogin } from "./idporten-claims";
import { LOGIN_ERROR_PATH, LOGIN_PATH } from "./paths";
import { createSession, sessionLimits } from "./session";

/**
 * next-auth with ID-porten as a custom OIDC provider: authorization code flow with PKCE (S256),
 * state and nonce; acr_values from IDPORTEN_ACR; the id_token's acr and pid checked before a
 * session exists. The session is a JWT cookie that only carries the id of our server-side record.
 */

export const IDPORTEN_PROVIDER_ID = "idporten";
export const IDPORTEN_SCOPES = "openid profile altinn:accessmanagement/authorizedparties";

type IdportenClaims = { sub: string; pid?: string; name?: string; acr?: string; sid?: string };

/**
 * The provider as our registration says (IDPORTEN_CLIENT_AUTH_METHOD): client_secret_basic or
 * client_secret_post with IDPORTEN_CLIENT_SECRET, or private_key_jwt signed with IDPORTEN_CLIENT_JWK.
 */
async function idportenProvider(): Promise<OAuthConfig<IdportenClaims>> {
  const env = getServerEnv();
  const method = env.IDPORTEN_CLIENT_AUTH_METHOD;
  const privateKey = method === "private_key_jwt" ? JSON.parse(await readSecretValue(env.IDPORTEN_CLIENT_JWK!)) : undefined;
  return {
    id: IDPORTEN_PROVIDER_ID,
    name: "ID-porten",
    type: "oauth",
    wellKnown: env.IDPORTEN_WELL_KNOWN_URL,
    clientId: env.IDPORTEN_CLIENT_ID,
    clientSecret: privateKey ? undefined : env.IDPORTEN_CLIENT_SECRET,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: IDPORTEN_SCOPES, acr_values: env.IDPORTEN_ACR, response_mode: "query" } },
    client: privateKey
      ? { token_endpoint_auth_method: "private_key_jwt", token_endpoint_auth_signing_alg: "RS256", id_token_signed_response_alg: "RS256" }
      : { token_endpoint_auth_method: method, id_token_signed_response_alg: "RS256" },
    ...(privateKey ? { jwks: { keys: [privateKey] } } : {}),
    profile: (claims) => ({ id: claims.pid ?? claims.sub, name: claims.name ?? null }),
  } as OAuthConfig<IdportenClaims>;
}

/** next-auth errors that an anonymous request with a bad or used-up callback can cause. */
const NEXTAUTH_NOISE = new Set(["OAUTH_CALLBACK_ERROR", "INVALID_CALLBACK_URL_ERROR", "OAUTH_CALLBACK_HANDLER_ERROR", "CALLBACK_OAUTH_ERROR", "STATE_COOKIE_MISSING", "PKCE_COOKIE_MISSING", "NONCE_COOKIE_MISSING"]);

let cached: Promise<AuthOptions> | undefined;

export function getAuthOptions(): Promise<AuthOptions> {
  return (cached ??= buildAuthOptions());
}

async function buildAuthOptions(): Promise<AuthOptions> {
  const env = getServerEnv();
  const maxAge = sessionLimits().maxHours * 3600;
  return {
    secret: env.NEXTAUTH_SECRET,
    providers: [await idportenProvider()],
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    pages: { signIn: LOGIN_PATH, error: LOGIN_ERROR_PATH },
    callbacks: {
      async signIn({ profile }) {
        const login = readIdportenLogin((profile ?? {}) as Record<string, unknown>, env.IDPORTEN_ACR);
        if (login.ok) return true;
        logger.warn({ reason: login.reason }, "login refused");
        return `${LOGIN_ERROR_PATH}?arsak=${login.reason}`;
      },
      async jwt({ token, account, profile }) {
        if (!account) return token;
        const login = readIdportenLogin((profile ?? {}) as Record<string, unknown>, env.IDPORTEN_ACR);
        if (!login.ok || !account.access_token || !account.id_token) throw new Error("Innloggingen manglet opplysninger");
        const sessionId = await createSession({ ...login, idToken: account.id_token, accessToken: account.access_token });
        await huskSpraakFraInnlogging((profile as { locale?: unknown } | undefined)?.locale);
        // Only the pointer goes in the cookie; name, pid and tokens stay on the server.
        return { sessionId };
      },
      async session({ session }) {
        return { expires: session.expires };
      },
    },
    logger: {
      // The line's text is its one `message`; next-auth's own message goes in `detail`. A bad or
      // replayed callback (anyone can send one) is noise at warn, not an error to act on.
      error: (code, metadata) => {
        const meta = metadata as { message?: unknown; error?: unknown } | Error | undefined;
        const detail = meta instanceof Error ? meta.message : typeof meta?.message === "string" ? meta.message : meta?.error instanceof Error ? meta.error.message : undefined;
        const level = NEXTAUTH_NOISE.has(code) ? "warn" : "error";
        logger[level]({ code, detail }, "next-auth error");
      },
      warn: (code) => logger.warn({ code }, "next-auth warning"),
      debug: () => {},
    },
  };
}
