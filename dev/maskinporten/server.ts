import { createServer, listen, close, sendJson, type StandIn } from "../http";

/** Maskinporten stand-in: discovery and JWKS. The JWT grant arrives with issue #3. */
export async function startMaskinporten(port: number): Promise<StandIn> {
  const issuer = `http://localhost:${port}/`;
  const server = createServer("maskinporten", (req, res, url) => {
    if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/.well-known/oauth-authorization-server") {
      return sendJson(res, 200, {
        issuer,
        token_endpoint: `${issuer}token`,
        jwks_uri: `${issuer}jwk`,
        token_endpoint_auth_methods_supported: ["private_key_jwt"],
        grant_types_supported: ["urn:ietf:params:oauth:grant-type:jwt-bearer"],
        token_endpoint_auth_signing_alg_values_supported: ["RS256", "RS384", "RS512"],
        authorization_details_types_supported: ["urn:altinn:systemuser"],
      });
    }
    return sendJson(res, 404, { error: "not_found" });
  });
  await listen(server, port, "Maskinporten stand-in");
  return { name: "Maskinporten", port, url: issuer, close: () => close(server) };
}
