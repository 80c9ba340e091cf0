import http from "node:http";

/** Tiny helpers for the stand-in servers: JSON answers, body reading, listening with clear errors. */

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => void | Promise<void>;

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(text);
}

export async function readBody(req: http.IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A server that catches handler errors (500 with a message) instead of dying. */
export function createServer(name: string, handler: Handler): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
    Promise.resolve(handler(req, res, url)).catch((error: unknown) => {
      console.error(`[${name}] ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: "server_error", error_description: `${name} stand-in failed` });
      else res.end();
    });
  });
}

export class PortInUseError extends Error {
  constructor(
    readonly service: string,
    readonly port: number,
  ) {
    super(
      `Port ${port} (${service}) er allerede i bruk. Stopp prosessen som bruker den, eller velg andre porter med STANDIN_PORT_BASE=<tall> (stand-ins bruker tallet og de fire neste).`,
    );
    this.name = "PortInUseError";
  }
}

export function listen(server: http.Server, port: number, service: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === "EADDRINUSE" ? new PortInUseError(service, port) : error);
    };
    server.once("error", onError);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", onError);
      resolve();
    });
  });
}

export function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

export type StandIn = { name: string; port: number; url: string; close: () => Promise<void> };
