import "server-only";
import { createHash, randomBytes } from "node:crypto";
import NextAuth from "next-auth/next";
import { getServerEnv } from "@/lib/env";
import { IDPORTEN_PROVIDER_ID, getAuthOptions } from "./next-auth";

/**
 * Starts an ID-porten login without next-auth's own "sign in" page: runs next-auth's sign-in
 * action on the server (its public pages-style handler, with a CSRF token we make for it) and
 * returns where to send the browser (ID-porten's authorize endpoint, with PKCE, state, nonce,
 * acr_values and ui_locales) and the cookies that carry the checks to the callback.
 */

export type LoginStart = { location: string; setCookies: string[] };

type FakeResponse = {
  statusCode: number;
  headers: Map<string, string | string[]>;
  status(code: number): FakeResponse;
  setHeader(name: string, value: string | string[]): FakeResponse;
  getHeader(name: string): string | string[] | undefined;
  end(): void;
  json(body: unknown): void;
  send(body: unknown): void;
};

function fakeResponse(): FakeResponse {
  const res: FakeResponse = {
    statusCode: 200,
    headers: new Map(),
    status(code) {
      res.statusCode = code;
      return res;
    },
    setHeader(name, value) {
      res.headers.set(name.toLowerCase(), value);
      return res;
    },
    getHeader: (name) => res.headers.get(name.toLowerCase()),
    end: () => {},
    json: () => {},
    send: () => {},
  };
  return res;
}

export async function startLogin(opts: { returnTo: string; uiLocale: string; forceLogin?: boolean; headers: Record<string, string> }): Promise<LoginStart> {
  const env = getServerEnv();
  const secure = env.NEXTAUTH_URL.startsWith("https://");
  const csrfCookie = secure ? "__Host-next-auth.csrf-token" : "next-auth.csrf-token";
  const csrfToken = randomBytes(32).toString("hex");
  const csrfHash = createHash("sha256").update(`${csrfToken}${env.NEXTAUTH_SECRET}`).digest("hex");

  const query: Record<string, unknown> = { nextauth: ["signin", IDPORTEN_PROVIDER_ID], ui_locales: opts.uiLocale };
  if (opts.forceLogin) query.prompt = "login";
  const req = {
    method: "POST",
    query,
    body: { csrfToken, callbackUrl: new URL(opts.returnTo, env.NEXTAUTH_URL).toString() },
    cookies: { [csrfCookie]: `${csrfToken}|${csrfHash}` },
    headers: opts.headers,
  };
  const res = fakeResponse();
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<unknown>)(req, res, await getAuthOptions());

  const location = res.getHeader("location");
  if (typeof location !== "string" || res.statusCode !== 302) throw new Error(`next-auth started no login (status ${res.statusCode})`);
  if (location.includes("/signin?csrf=true")) throw new Error("next-auth refused the CSRF token");
  if (location.includes("error=")) throw new Error("next-auth could not build the authorize URL");
  const cookies = res.getHeader("set-cookie");
  return { location, setCookies: Array.isArray(cookies) ? cookies : cookies ? [cookies] : [] };
}
