import { spawn } from "node:child_process";
import { startStandIns } from "../dev/index";
import { PortInUseError } from "../dev/http";

/** `npm run dev`: the stand-ins and the app in dev mode at http://localhost:3000. */
async function main() {
  const port = process.env.PORT ?? "3000";
  const env = { ...process.env, APP_ENV: process.env.APP_ENV ?? "local", PORT: port, NEXT_TELEMETRY_DISABLED: "1" };
  let standIns;
  try {
    standIns = await startStandIns(env);
  } catch (error) {
    console.error(error instanceof PortInUseError ? error.message : error);
    process.exit(1);
  }
  console.log("Stand-ins klare:");
  for (const s of standIns.standIns) console.log(`  ${s.name.padEnd(24)} ${s.url}`);
  console.log(`Appen starter på http://localhost:${port} (logg inn som en testperson, se README).`);

  const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "-p", port], { stdio: "inherit", env });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    next.kill("SIGTERM");
    await standIns.stop();
    process.exit(code);
  };
  next.on("exit", (code) => void shutdown(code ?? 0));
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
}

void main();
