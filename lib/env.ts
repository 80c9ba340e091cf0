import { z } from "zod";

/**
 * One parsed, typed configuration. Names follow the NAIS conventions.
 *
 * - APP_ENV=local|test: every upstream defaults to the stand-ins in dev/ on localhost.
 * - APP_ENV=prod (or APP_ENV unset with NODE_ENV=production): nothing defaults; a missing
 *   variable stops start-up with one message that names every missing variable.
 *
 * Server values are parsed lazily (getServerEnv) so `next build` needs no secrets.
 */

/** An environment to read: process.env, or a plain object in tests. */
export type EnvSource = Record<string, string | undefined>;

export const appEnvSchema = z.enum(["local", "test", "prod"]);
export type AppEnv = z.infer<typeof appEnvSchema>;

export function getAppEnv(source: EnvSource = process.env): AppEnv {
  const raw = source.APP_ENV?.trim();
  if (raw) {
    const parsed = appEnvSchema.safeParse(raw);
    if (!parsed.success) {
      throw new ConfigError(`APP_ENV må være local, test eller prod (fikk «${raw}»).`, ["APP_ENV"]);
    }
    return parsed.data;
  }
  return source.NODE_ENV === "production" ? "prod" : "local";
}

/** Ports of the local stand-ins: base+1 ID-porten, +2 Maskinporten, +3 Altinn, +4 the API. */
export function standInPorts(source: EnvSource = process.env) {
  const base = Number(source.STANDIN_PORT_BASE ?? 4400);
  if (!Number.isInteger(base) || base < 1024 || base > 65000) {
    throw new ConfigError(`STANDIN_PORT_BASE må være et heltall mellom 1024 og 65000 (fikk «${source.STANDIN_PORT_BASE}»).`, [
      "STANDIN_PORT_BASE",
    ]);
  }
  return { idporten: base + 1, maskinporten: base + 2, altinn: base + 3, api: base + 4 };
}

/** Client credentials the stand-ins accept. Known to everyone: never valid in prod. */
export const STANDIN_CLIENT = {
  idportenClientId: "krav-og-betalinger-local",
  idportenClientSecret: "local-client-secret-not-for-production",
  maskinportenClientId: "krav-og-betalinger-local",
  nextAuthSecret: "local-nextauth-secret-not-for-production-0123456789",
} as const;

export function standInDefaults(source: EnvSource = process.env): Record<string, string> {
  const ports = standInPorts(source);
  const appPort = source.PORT ?? "3000";
  return {
    NEXTAUTH_URL: `http://localhost:${appPort}`,
    NEXTAUTH_SECRET: STANDIN_CLIENT.nextAuthSecret,
    IDPORTEN_WELL_KNOWN_URL: `http://localhost:${ports.idporten}/.well-known/openid-configuration`,
    IDPORTEN_CLIENT_ID: STANDIN_CLIENT.idportenClientId,
    IDPORTEN_CLIENT_SECRET: STANDIN_CLIENT.idportenClientSecret,
    MASKINPORTEN_WELL_KNOWN_URL: `http://localhost:${ports.maskinporten}/.well-known/oauth-authorization-server`,
    MASKINPORTEN_CLIENT_ID: STANDIN_CLIENT.maskinportenClientId,
    // The stand-in's registered client key (dev/keys): a well-known test key, never for prod.
    MASKINPORTEN_CLIENT_JWK: "file:dev/keys/maskinporten-client.private.jwk.json",
    // The ID-porten stand-in's client key, for IDPORTEN_CLIENT_AUTH_METHOD=private_key_jwt.
    IDPORTEN_CLIENT_JWK: "file:dev/keys/idporten-client.private.jwk.json",
    ALTINN_PLATFORM_URL: `http://localhost:${ports.altinn}`,
    KRAVOGBETALINGER_API_URL: `http://localhost:${ports.api}/v1`,
  };
}

const url = z.url({ protocol: /^https?$/ });
const acr = z.enum(["idporten-loa-substantial", "idporten-loa-high"]);

/** How we authenticate at ID-porten's token endpoint: what our client registration says. */
export const IDPORTEN_CLIENT_AUTH_METHODS = ["client_secret_basic", "client_secret_post", "private_key_jwt"] as const;
export type IdportenClientAuthMethod = (typeof IDPORTEN_CLIENT_AUTH_METHODS)[number];

/** The method when none is set: private_key_jwt when only a key is given, else client_secret_post. */
export function defaultClientAuthMethod(env: { IDPORTEN_CLIENT_SECRET?: string; IDPORTEN_CLIENT_JWK?: string }): IdportenClientAuthMethod {
  return env.IDPORTEN_CLIENT_JWK && !env.IDPORTEN_CLIENT_SECRET ? "private_key_jwt" : "client_secret_post";
}

const serverSchema = z
  .object({
    APP_ENV: appEnvSchema,
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: z.string().min(32, "må være minst 32 tegn"),
    IDPORTEN_WELL_KNOWN_URL: url,
    IDPORTEN_CLIENT_ID: z.string().min(1),
    IDPORTEN_CLIENT_SECRET: z.string().min(1).optional(),
    IDPORTEN_CLIENT_JWK: z.string().min(1).optional(),
    IDPORTEN_CLIENT_AUTH_METHOD: z.enum(IDPORTEN_CLIENT_AUTH_METHODS, { message: `må være ${IDPORTEN_CLIENT_AUTH_METHODS.join(", ")}` }).optional(),
    IDPORTEN_ACR: acr.default("idporten-loa-high"),
    MASKINPORTEN_WELL_KNOWN_URL: url,
    MASKINPORTEN_CLIENT_ID: z.string().min(1),
    MASKINPORTEN_CLIENT_JWK: z.string().min(1),
    MASKINPORTEN_SCOPES: z.string().min(1).default("skatteetaten:kravogbetalinger"),
    ALTINN_PLATFORM_URL: url,
    KRAVOGBETALINGER_API_URL: url,
    KRAVOGBETALINGER_RETTIGHETSPAKKE: z.enum(["regnskapssystem", "finans"]).default("regnskapssystem"),
    KRAVOGBETALINGER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    KRAVOGBETALINGER_BUDGET_MS: z.coerce.number().int().min(100).max(120_000).default(8_000),
    KRAVOGBETALINGER_BREAKER_MS: z.coerce.number().int().min(0).max(600_000).default(15_000),
    KRAVOGBETALINGER_MAX_SAMTIDIGE: z.coerce.number().int().min(1).max(50).default(5),
    KRAVOGBETALINGER_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(30, "kan ikke være mer enn 30").default(30),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(10, "kan ikke være mer enn 10").default(10),
    REDIS_URL: z.string().min(1).optional(),
    METRICS_TOKEN: z.string().min(16, "må være minst 16 tegn").optional(),
    LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  })
  .superRefine((env, ctx) => {
    if (!env.IDPORTEN_CLIENT_SECRET && !env.IDPORTEN_CLIENT_JWK) {
      ctx.addIssue({ code: "custom", path: ["IDPORTEN_CLIENT_SECRET"], message: "mangler (eller IDPORTEN_CLIENT_JWK)" });
    } else {
      const method = env.IDPORTEN_CLIENT_AUTH_METHOD ?? defaultClientAuthMethod(env);
      if (method === "private_key_jwt" && !env.IDPORTEN_CLIENT_JWK) {
        ctx.addIssue({ code: "custom", path: ["IDPORTEN_CLIENT_JWK"], message: "mangler: IDPORTEN_CLIENT_AUTH_METHOD=private_key_jwt trenger klientens private nøkkel" });
      }
      if (method !== "private_key_jwt" && !env.IDPORTEN_CLIENT_SECRET) {
        ctx.addIssue({ code: "custom", path: ["IDPORTEN_CLIENT_SECRET"], message: `mangler: IDPORTEN_CLIENT_AUTH_METHOD=${method} trenger klienthemmeligheten` });
      }
    }
    if (env.KRAVOGBETALINGER_RETTIGHETSPAKKE === "finans") {
      ctx.addIssue({
        code: "custom",
        path: ["KRAVOGBETALINGER_RETTIGHETSPAKKE"],
        message: "finans støttes ikke: den krever samtykketokener fra Altinn, som denne tjenesten ikke har. Bruk regnskapssystem (systembruker)",
      });
    }
    if (env.APP_ENV === "prod") {
      for (const key of ["NEXTAUTH_URL", "IDPORTEN_WELL_KNOWN_URL", "MASKINPORTEN_WELL_KNOWN_URL", "ALTINN_PLATFORM_URL", "KRAVOGBETALINGER_API_URL"] as const) {
        if (!env[key].startsWith("https://")) {
          ctx.addIssue({ code: "custom", path: [key], message: "må være https i prod" });
        }
      }
    }
  });

export type ServerEnv = Omit<z.infer<typeof serverSchema>, "IDPORTEN_CLIENT_AUTH_METHOD"> & { IDPORTEN_CLIENT_AUTH_METHOD: IdportenClientAuthMethod };

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly variables: string[],
  ) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Every variable that prod must set explicitly (the rest have safe defaults). */
export const REQUIRED_IN_PROD = [
  "NEXTAUTH_URL",
  "NEXTAUTH_SECRET",
  "IDPORTEN_WELL_KNOWN_URL",
  "IDPORTEN_CLIENT_ID",
  "IDPORTEN_CLIENT_SECRET",
  "MASKINPORTEN_WELL_KNOWN_URL",
  "MASKINPORTEN_CLIENT_ID",
  "MASKINPORTEN_CLIENT_JWK",
  "ALTINN_PLATFORM_URL",
  "KRAVOGBETALINGER_API_URL",
] as const;

/** Parses a configuration from an environment; pure, for tests and for getServerEnv. */
export function parseServerEnv(source: EnvSource): ServerEnv {
  const appEnv = getAppEnv(source);
  const blank = (v: string | undefined) => v === undefined || v.trim() === "";
  const merged: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(source)) if (!blank(v)) merged[k] = v;
  merged.APP_ENV = appEnv;

  if (appEnv === "prod") {
    const missing: string[] = REQUIRED_IN_PROD.filter((k) => blank(source[k]));
    if (missing.includes("IDPORTEN_CLIENT_SECRET") && !blank(source.IDPORTEN_CLIENT_JWK)) {
      missing.splice(missing.indexOf("IDPORTEN_CLIENT_SECRET"), 1);
    }
    if (missing.length > 0) {
      throw new ConfigError(
        `Konfigurasjonen er ufullstendig (APP_ENV=prod). Disse miljøvariablene mangler: ${missing.join(", ")}`,
        missing,
      );
    }
  } else {
    for (const [k, v] of Object.entries(standInDefaults(source))) merged[k] ??= v;
  }

  const parsed = serverSchema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "?"}: ${i.message}`);
    throw new ConfigError(
      `Konfigurasjonen er ugyldig (APP_ENV=${appEnv}): ${problems.join("; ")}`,
      parsed.error.issues.map((i) => String(i.path[0] ?? "?")),
    );
  }
  return { ...parsed.data, IDPORTEN_CLIENT_AUTH_METHOD: parsed.data.IDPORTEN_CLIENT_AUTH_METHOD ?? defaultClientAuthMethod(parsed.data) };
}

let cached: ServerEnv | undefined;

/** The server configuration, parsed once on first use. Throws ConfigError when incomplete. */
export function getServerEnv(): ServerEnv {
  if (!cached) {
    cached = parseServerEnv(process.env);
    // next-auth reads these two from process.env itself.
    process.env.NEXTAUTH_URL ??= cached.NEXTAUTH_URL;
    process.env.NEXTAUTH_SECRET ??= cached.NEXTAUTH_SECRET;
  }
  return cached;
}

/**
 * Reads a value that is either inline JSON or `file:<path>`: relative to KOB_CHECKOUT_DIR when
 * set (scripts/start.mjs sets it, since the standalone server changes its working dir), else to
 * the working dir.
 */
export async function readSecretValue(value: string): Promise<string> {
  if (!value.startsWith("file:")) return value;
  const { readFile } = await import("node:fs/promises");
  const path = await import("node:path");
  return readFile(path.resolve(/* turbopackIgnore: true */ process.env.KOB_CHECKOUT_DIR ?? process.cwd(), value.slice("file:".length)), "utf8");
}
