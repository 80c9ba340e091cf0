/**
 * The app's auth paths, and the one check of where a login may return to. Safe for client
 * components too (no server-only imports): a client that gets 401 from a JSON route can send
 * the browser to `loginPath(location.pathname + location.search)`.
 */
export const LOGIN_PATH = "/api/auth/logg-inn";
export const LOGOUT_PATH = "/api/auth/logg-ut";
export const FRONTCHANNEL_LOGOUT_PATH = "/api/auth/frontchannel-logout";
export const PARTY_PICKER_PATH = "/velg-virksomhet";
export const LOGGED_OUT_PATH = "/logget-ut";
export const LOGIN_ERROR_PATH = "/innlogging-feil";
export const INVALID_ORGNR_PATH = "/ugyldig-organisasjonsnummer";

/** Set by proxy.ts on every request: the path and query the browser asked for (a login returns there). */
export const CURRENT_PATH_HEADER_NAME = "x-kob-path";

/**
 * A path inside this app to return to after login, or "/". Refuses other hosts
 * ("https://evil.example", "//evil.example", "/\\evil.example") and our own auth routes (no loops).
 * A full URL on `appOrigin` is reduced to its path.
 */
export function safeReturnTo(raw: string | null | undefined, appOrigin?: string): string {
  if (!raw) return "/";
  let value = raw.trim();
  if (appOrigin && value.startsWith(appOrigin + "/")) value = value.slice(appOrigin.length);
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f]/.test(value)) return "/";
  let parsed: URL;
  try {
    parsed = new URL(value, "http://app.invalid");
  } catch {
    return "/";
  }
  if (parsed.origin !== "http://app.invalid") return "/";
  if (parsed.pathname.startsWith("/api/auth/")) return "/";
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/**
 * True when a path segment is not valid percent-encoding ("/%E0%A4%A"). Next cannot decode such
 * a segment into a route parameter and answers 500, so proxy.ts answers these itself.
 */
export function hasUndecodableSegment(pathname: string): boolean {
  return pathname.split("/").some((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}

/** The login route that sends the browser straight to ID-porten and back to `returnTo`. */
export function loginPath(returnTo?: string | null): string {
  const target = safeReturnTo(returnTo);
  return target === "/" ? LOGIN_PATH : `${LOGIN_PATH}?tilbake=${encodeURIComponent(target)}`;
}
