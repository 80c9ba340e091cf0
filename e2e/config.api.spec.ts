import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

/** An operator's view: a production server with no configuration refuses to start. */
test("APP_ENV=prod with no variables exits non-zero and names every missing one", async () => {
  test.setTimeout(60_000);
  const port = String(Number(process.env.TEST_APP_PORT ?? 3100) + 99);
  const env = { PATH: process.env.PATH ?? "", APP_ENV: "prod", PORT: port, NEXT_TELEMETRY_DISABLED: "1" } as unknown as NodeJS.ProcessEnv;
  // `npm start`: the standalone server, as in the image.
  const child = spawn(process.execPath, ["scripts/start.mjs"], { env });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 45_000);
    child.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code, output).not.toBe(0);
  expect(code, "the server must stop by itself").not.toBeNull();
  for (const name of ["NEXTAUTH_URL", "NEXTAUTH_SECRET", "IDPORTEN_WELL_KNOWN_URL", "IDPORTEN_CLIENT_ID", "MASKINPORTEN_CLIENT_JWK", "ALTINN_PLATFORM_URL", "KRAVOGBETALINGER_API_URL"]) {
    expect(output).toContain(name);
  }
});
