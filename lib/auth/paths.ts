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
 * A full URL on `appOrigin` is reduced to its path. The path is normalised first (dot segments,
 * backslashes, tabs as a browser reads them) and checked after, so "/..//evil.example" cannot
 * come out as "//evil.example".
 */
export function safeReturnTo(raw: string | null | undefined, appOrigin?: string): string {
  if (!raw) return "/";
  let value = raw.trim();
  if (/[\u0000-\u001f\u007f]/.test(value)) return "/";
  if (appOrigin && value.startsWith(appOrigin + "/")) value = value.slice(appOrigin.length);
  if (!value.startsWith("/")) return "/";
  let parsed: URL;
  try {
    parsed = new URL(value, "http://app.invalid");
  } catch {
    return "/";
  }
  if (parsed.origin !== "http://app.invalid") return "/";
  const path = parsed.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return "/";
  }
  // Two slashes (or a backslash, also percent-encoded) at the start read as another host; so
  // would the decoded path once something downstream decodes and resolves it again.
  if (/^\/[/\\]/.test(path) || /^\/[/\\]/.test(decoded)) return "/";
  if (/[\u0000-\u001f\u007f]/.test(decoded) || !sameHost(decoded)) return "/";
  if (decoded.startsWith("/api/auth/") || path.startsWith("/api/auth/")) return "/";
  return `${path}${parsed.search}${parsed.hash}`;
}

/**
 * True when a next-auth callback URL (its cookie or a ?callbackUrl=) is one this app would set:
 * a URL on `appOrigin`, or a bare path, that safeReturnTo keeps unchanged. next-auth answers any
 * other with a 500 ("server configuration"), so callers drop it first.
 */
export function isSafeCallbackUrl(value: string, appOrigin: string): boolean {
  const path = value.startsWith(appOrigin + "/") ? value.slice(appOrigin.length) : value;
  return path.startsWith("/") && safeReturnTo(path) === path;
}

function sameHost(path: string): boolean {
  try {
    const again = new URL(path, "http://app.invalid");
    return again.origin === "http://app.invalid" && !/^\/[/\\]/.test(again.pathname);
  } catch {
    return false;
  }
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
