import { randomUUID } from "node:crypto";
import { createServer, listen, close, sendJson, type StandIn } from "../http";

/** Krav og betalinger API stand-in: the four endpoints arrive with issue #3. */
export async function startApi(port: number): Promise<StandIn> {
  const server = createServer("api", (req, res, url) => {
    if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
    return sendJson(res, 404, { kode: "KB-003", melding: "Ukjent URL", korrelasjonsid: randomUUID() });
  });
  await listen(server, port, "Krav og betalinger API stand-in");
  return { name: "Krav og betalinger API", port, url: `http://localhost:${port}/v1`, close: () => close(server) };
}
