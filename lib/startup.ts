import { ConfigError, getServerEnv } from "./env";
import { logger } from "./log";
import { clientAuthMethodProblem } from "./auth/idporten-client-auth";

/**
 * The client authentication method against ID-porten's discovery document: a method it does not
 * offer would make every login fail at the token endpoint, so the server stops with a message
 * that says which methods it offers. ID-porten out of reach is only a warning (isready reports it).
 */
async function checkIdportenClientAuth(method: string) {
  let discovery;
  try {
    const res = await fetch(getServerEnv().IDPORTEN_WELL_KNOWN_URL, { signal: AbortSignal.timeout(5000), cache: "no-store" });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    discovery = (await res.json()) as { issuer?: string; token_endpoint_auth_methods_supported?: string[] };
  } catch (error) {
    logger.warn({ err: error }, "ID-porten discovery not reachable at start-up; client authentication not checked");
    return;
  }
  const problem = clientAuthMethodProblem(method, { issuer: String(discovery.issuer ?? "?"), token_endpoint_auth_methods_supported: discovery.token_endpoint_auth_methods_supported });
  if (problem) {
    console.error(`[krav-og-betalinger] ${problem}`);
    process.exit(1);
  }
}

/**
 * Start-up check (imported by instrumentation.ts on the Node.js runtime). A production server
 * with incomplete configuration stops here, naming every missing variable, instead of serving
 * with stand-in defaults.
 */
try {
  const env = getServerEnv();
  logger.info({ appEnv: env.APP_ENV, idportenClientAuthMethod: env.IDPORTEN_CLIENT_AUTH_METHOD }, "configuration ok");
  void checkIdportenClientAuth(env.IDPORTEN_CLIENT_AUTH_METHOD);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`[krav-og-betalinger] ${error.message}`);
    process.exit(1);
  }
  throw error;
}
