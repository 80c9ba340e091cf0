import { createServer, listen, close, sendJson, type StandIn } from "../http";

/** Altinn stand-in: token exchange and authorized parties arrive with issue #4. */
export async function startAltinn(port: number): Promise<StandIn> {
  const server = createServer("altinn", (req, res, url) => {
    if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
    return sendJson(res, 404, { type: "https://tools.ietf.org/html/rfc9110#section-15.5.5", title: "Not Found", status: 404 });
  });
  await listen(server, port, "Altinn stand-in");
  return { name: "Altinn", port, url: `http://localhost:${port}`, close: () => close(server) };
}
