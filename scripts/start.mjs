// @ts-check
/**
 * `npm start`: the production server exactly as the container image runs it (see Dockerfile):
 * `node server.js` from the standalone output, with the static files and public/ beside it.
 * The e2e suite starts the app through this script too, so the image's layout is what is tested.
 *
 * server.js changes its working directory to the standalone folder, so relative `file:` paths in
 * the environment (such as the local stand-ins' keys) are made absolute here first.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next";
const standalone = resolve(root, distDir, "standalone");
const server = resolve(standalone, "server.js");

if (!existsSync(server)) {
  console.error(`Fant ikke ${server}: kjør «npm run build» først.`);
  process.exit(1);
}
cpSync(resolve(root, distDir, "static"), resolve(standalone, distDir, "static"), { recursive: true });
if (existsSync(resolve(root, "public"))) cpSync(resolve(root, "public"), resolve(standalone, "public"), { recursive: true });

/** @type {Record<string, string | undefined>} */
const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
for (const [key, value] of Object.entries(env)) {
  if (value?.startsWith("file:") && !isAbsolute(value.slice(5))) env[key] = `file:${resolve(root, value.slice(5))}`;
}
// The local and test defaults name files under dev/keys relative to the checkout.
if (env.APP_ENV === "local" || env.APP_ENV === "test") env.KOB_CHECKOUT_DIR ??= root;

const child = spawn(process.execPath, [server], { stdio: "inherit", env });
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
