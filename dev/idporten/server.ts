import http from "node:http";
import Provider from "oidc-provider";
import { STANDIN_CLIENT } from "../../lib/env";
import { listen, close, type StandIn } from "../http";

/**
 * ID-porten stand-in on oidc-provider: discovery, JWKS, authorize and token.
 * The login page with test persons, pid/acr/amr claims and logout arrive with issue #4.
 */
export async function startIdporten(port: number, appUrl: string): Promise<StandIn> {
  const issuer = `http://localhost:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: STANDIN_CLIENT.idportenClientId,
        client_secret: STANDIN_CLIENT.idportenClientSecret,
        redirect_uris: [`${appUrl}/api/auth/callback/idporten`],
        post_logout_redirect_uris: [`${appUrl}/logget-ut`],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    pkce: { required: () => true },
    acrValues: ["idporten-loa-substantial", "idporten-loa-high"],
    claims: { openid: ["sub"], profile: ["pid", "name", "locale"] },
    conformIdTokenClaims: false,
  });
  provider.proxy = true;
  const server = http.createServer((req, res) => {
    if (req.url === "/health") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: "ok" }));
      return;
    }
    provider.callback()(req, res);
  });
  await listen(server, port, "ID-porten stand-in");
  return { name: "ID-porten", port, url: issuer, close: () => close(server) };
}
