import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import Redis from "ioredis";

/**
 * A throwaway Redis server for tests and the two-instance run (Debian's redis-server).
 * No persistence; it stops with `stop()`.
 */
export const NO_REDIS_MESSAGE =
  "Fant ikke redis-server. Installer den (apt-get install -y redis-server) eller sett REDIS_SERVER=/sti/til/redis-server. .ci/run installerer den.";

export function redisServerBinary(): string | null {
  const candidate = process.env.REDIS_SERVER ?? "redis-server";
  const found = spawnSync(candidate, ["--version"], { encoding: "utf8" });
  return found.status === 0 ? candidate : null;
}

export async function startRedisServer(port: number): Promise<{ url: string; stop: () => Promise<void>; process: ChildProcess }> {
  const binary = redisServerBinary();
  if (!binary) throw new Error(NO_REDIS_MESSAGE);
  const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => {});
  for (let i = 0; i < 50; i++) {
    try {
      await probe.connect();
      if ((await probe.ping()) === "PONG") break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  probe.disconnect();
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { url, stop, process: child };
}
