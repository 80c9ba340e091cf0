import { spawn, type ChildProcess } from "node:child_process";

/** Child processes for tests that run their own servers; each is killed by `stopAll`. */
export class Processes {
  private readonly children: { name: string; child: ChildProcess; output: string[] }[] = [];

  start(name: string, command: string, args: string[], env: Record<string, string | undefined>): ChildProcess {
    const child = spawn(command, args, { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    const output: string[] = [];
    const keep = (d: Buffer) => {
      output.push(d.toString());
      if (output.length > 200) output.shift();
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    this.children.push({ name, child, output });
    return child;
  }

  output(name: string): string {
    return this.children.find((c) => c.name === name)?.output.join("") ?? "";
  }

  async stop(name: string, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const entry = this.children.find((c) => c.name === name);
    if (!entry || entry.child.exitCode !== null || entry.child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        entry.child.kill("SIGKILL");
        resolve();
      }, 10_000);
      entry.child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      entry.child.kill(signal);
    });
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.children.map((c) => this.stop(c.name)));
  }
}

/** Polls a URL until it answers 2xx, or throws with what the server printed. */
export async function waitForOk(url: string, describe: () => string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const res = await fetch(url).catch(() => null);
    if (res?.ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in time:\n${describe()}`);
}
