import http from "node:http";
import { IDPORTEN_CLIENT_AUTH_METHODS, standInPorts, type IdportenClientAuthMethod } from "../lib/env";
import { close, listen, sendJson, PortInUseError, type StandIn } from "./http";
import { startIdporten } from "./idporten/server";
import { startMaskinporten } from "./maskinporten/server";
import { startAltinn } from "./altinn/server";
import { startApi } from "./api/server";

/**
 * Starts every stand-in (ID-porten, Maskinporten, Altinn, the Krav og betalinger API) as one
 * unit, with a combined health route on STANDIN_PORT_BASE (default 4400): /health answers 200
 * when all are up. Returns a function that stops them all.
 */
export async function startStandIns(env: Record<string, string | undefined> = process.env) {
  const base = Number(env.STANDIN_PORT_BASE ?? 4400);
  const ports = standInPorts(env);
  const appUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`;
  const started: StandIn[] = [];
  const stopAll = async () => {
    await Promise.all(started.map((s) => s.close()));
  };
  try {
    // The stand-in registers our client with the method the app is configured for.
    const method = env.IDPORTEN_CLIENT_AUTH_METHOD?.trim() || "client_secret_post";
    if (!(IDPORTEN_CLIENT_AUTH_METHODS as readonly string[]).includes(method)) throw new Error(`IDPORTEN_CLIENT_AUTH_METHOD må være ${IDPORTEN_CLIENT_AUTH_METHODS.join(", ")} (fikk «${method}»)`);
    started.push(await startIdporten(ports.idporten, appUrl, { clientAuthMethod: method as IdportenClientAuthMethod }));
    const maskinporten = await startMaskinporten(ports.maskinporten);
    started.push(maskinporten);
    started.push(await startAltinn(ports.altinn));
    // The API accepts tokens from this Maskinporten stand-in only.
    started.push(await startApi(ports.api, { maskinporten: { issuer: maskinporten.issuer, jwksUri: maskinporten.jwksUri }, prewarm: true, delayMs: Number(env.STANDIN_API_DELAY_MS ?? 0) || 0 }));
    const health = http.createServer((req, res) => {
      if (req.url === "/health") {
        return sendJson(res, 200, { status: "ok", standIns: started.map(({ name, port, url }) => ({ name, port, url })) });
      }
      return sendJson(res, 404, { error: "not_found" });
    });
    await listen(health, base, "stand-ins health");
    started.push({ name: "Health", port: base, url: `http://localhost:${base}/health`, close: () => close(health) });
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { standIns: started, stop: stopAll };
}

async function main() {
  try {
    const { standIns, stop } = await startStandIns();
    console.log("Stand-ins klare:");
    for (const s of standIns) console.log(`  ${s.name.padEnd(24)} ${s.url}`);
    console.log("Ctrl-C stopper alle.");
    let stopping = false;
    const shutdown = () => {
      if (stopping) return;
      stopping = true;
      void stop().then(() => process.exit(0));
    };
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
  } catch (error) {
    console.error(error instanceof PortInUseError ? error.message : error);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  void main();
}
