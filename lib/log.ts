import pino, { type Logger } from "pino";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";

/**
 * Structured JSON logs. Nothing that identifies a person or grants access may be logged:
 * fødselsnummer/pid, tokens, KID, full account numbers. Two rules enforce it:
 * 1. fields with a sensitive name are replaced wholesale (see SENSITIVE_KEYS);
 * 2. every string is scrubbed of runs of 10 or more digits (pid 11, account 11, KID 2-25,
 *    IBAN) and of JWT-shaped strings. An organisasjonsnummer (9 digits) stays readable.
 */

export const SENSITIVE_KEYS = [
  "pid",
  "fnr",
  "fodselsnummer",
  "personidentifikator",
  "token",
  "access_token",
  "accesstoken",
  "id_token",
  "idtoken",
  "refresh_token",
  "assertion",
  "authorization",
  "cookie",
  "set-cookie",
  "client_secret",
  "secret",
  "password",
  "kid",
  "kontonummer",
  "iban",
  "account",
] as const;

const sensitive = new Set<string>(SENSITIVE_KEYS);
const REDACTED = "[redacted]";
const LONG_DIGITS = /\d[\d .]{8,}\d/g;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g;

function scrubString(value: string): string {
  return value.replace(JWT, REDACTED).replace(LONG_DIGITS, (run) => (run.replace(/\D/g, "").length >= 10 ? REDACTED : run));
}

/** Returns a copy of a log value with sensitive fields and digit runs removed. */
export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubString(value);
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrubString(value.message), stack: value.stack ? scrubString(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = sensitive.has(key.toLowerCase()) ? REDACTED : scrub(v, depth + 1);
  }
  return out;
}

export function createLogger(destination?: pino.DestinationStream, level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino(
    {
      level,
      base: { app: "krav-og-betalinger" },
      messageKey: "message",
      timestamp: pino.stdTimeFunctions.isoTime,
      // Every line written while Next serves a request carries its id (proxy.ts sets it).
      mixin: (_object, _level, self) => {
        if ((self as Logger | undefined)?.bindings().requestId) return {};
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => scrub(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          const safe =
            first instanceof Error
              ? [{ err: scrub(first) }, scrubString(typeof rest[0] === "string" ? rest[0] : first.message), ...rest.slice(1)]
              : args.map((a) => (typeof a === "string" ? scrubString(a) : a));
          method.apply(this, safe as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

/** The x-request-id of the request Next is serving (page, layout or route handler), if any. */
export function currentRequestId(): string | undefined {
  try {
    const store = workUnitAsyncStorage.getStore();
    return store?.type === "request" ? (store.headers.get("x-request-id") ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

const globalForLog = globalThis as unknown as { kobLogger?: Logger };
export const logger: Logger = (globalForLog.kobLogger ??= createLogger());

/** A child logger that carries the request id, so one request's lines can be found together. */
export function requestLogger(requestId: string | null | undefined): Logger {
  return requestId ? logger.child({ requestId }) : logger;
}
