import http from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { importJWK, jwtVerify, type JWK, type JWTPayload } from "jose";

/**
 * Test helpers: small real HTTP servers on a free local port (no mocking of our own code).
 * Used by the unit tests of lib/maskinporten and lib/kravogbetalinger.
 */

export type Recorded = { method: string; url: URL; headers: http.IncomingHttpHeaders; body: string };
export type TestHandler = (req: Recorded, res: http.ServerResponse) => void | Promise<void>;

export type TestServer = {
  url: string;
  port: number;
  requests: Recorded[];
  /** Requests being handled right now, and the most at once so far. */
  active: () => number;
  maxActive: () => number;
  close: () => Promise<void>;
};

export async function startTestServer(handler: TestHandler): Promise<TestServer> {
  const requests: Recorded[] = [];
  let active = 0;
  let maxActive = 0;
  const server = http.createServer((req, res) => {
    active++;
    maxActive = Math.max(maxActive, active);
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        active--;
      }
    };
    res.on("close", finish);
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const recorded: Recorded = {
        method: req.method ?? "GET",
        url: new URL(req.url ?? "/", "http://localhost"),
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      Promise.resolve(handler(recorded, res)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(599);
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    active: () => active,
    maxActive: () => maxActive,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

export const PRIVATE_JWK_FILE = "file:dev/keys/maskinporten-client.private.jwk.json";
export const publicJwk = (): JWK => JSON.parse(readFileSync("dev/keys/maskinporten-client.public.jwk.json", "utf8")) as JWK;

export type TokenServer = TestServer & {
  wellKnownUrl: string;
  issuer: string;
  /** Verified assertions, in order. */
  assertions: { header: { alg: string; kid?: string }; payload: JWTPayload & Record<string, unknown> }[];
  /** Tokens handed out, in order. */
  issued: string[];
  /** Makes the next token responses fail with this status and OAuth error (null: succeed). */
  failWith: (failure: { status: number; error: string } | null) => void;
};

/**
 * A tiny Maskinporten: metadata and a JWT-grant token endpoint that verifies the assertion's
 * signature with the public JWK in dev/keys and hands out `token-<n>` with `expires_in`.
 */
export async function startTokenServer(opts: { expiresIn?: number; delayMs?: number } = {}): Promise<TokenServer> {
  const assertions: TokenServer["assertions"] = [];
  const issued: string[] = [];
  let failure: { status: number; error: string } | null = null;
  const key = await importJWK(publicJwk(), "RS256");
  let issuer = "";
  const server = await startTestServer(async (req, res) => {
    if (req.url.pathname === "/.well-known/oauth-authorization-server") {
      return json(res, 200, { issuer, token_endpoint: `${issuer}token`, unknown_field: true });
    }
    if (req.url.pathname === "/token" && req.method === "POST") {
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      if (failure) return json(res, failure.status, { error: failure.error, error_description: "test" });
      const form = new URLSearchParams(req.body);
      if (form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer") return json(res, 400, { error: "unsupported_grant_type" });
      try {
        const { payload, protectedHeader } = await jwtVerify(form.get("assertion") ?? "", key, { audience: issuer });
        assertions.push({ header: protectedHeader as { alg: string; kid?: string }, payload: payload as JWTPayload & Record<string, unknown> });
      } catch (error) {
        return json(res, 400, { error: "invalid_grant", error_description: String(error) });
      }
      const token = `token-${issued.length + 1}`;
      issued.push(token);
      return json(res, 200, { access_token: token, token_type: "Bearer", expires_in: opts.expiresIn ?? 120, scope: "skatteetaten:kravogbetalinger" });
    }
    return json(res, 404, { error: "not_found" });
  });
  issuer = `${server.url}/`;
  return {
    ...server,
    wellKnownUrl: `${server.url}/.well-known/oauth-authorization-server`,
    issuer,
    assertions,
    issued,
    failWith: (f) => {
      failure = f;
    },
  };
}
