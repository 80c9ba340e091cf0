/**
 * The security headers of every response (set in proxy.ts): a Content-Security-Policy with a
 * fresh nonce per request (no inline or third-party scripts), no framing except for the
 * front-channel logout route, which ID-porten's login host must be able to load in an iframe.
 */

/** A fresh, unguessable nonce (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * ID-porten's origins from its discovery URL: the issuer's host, and its login host
 * (`login.<issuer host>`) where authorize, logout and front-channel iframes live in the real
 * service. Both are allowed as form targets (logout) and frame ancestors (front-channel).
 */
export function idportenOrigins(wellKnownUrl: string): string[] {
  const url = new URL(wellKnownUrl);
  const origins = [url.origin];
  if (url.protocol === "https:" && !url.hostname.startsWith("login.")) origins.push(`https://login.${url.host}`);
  return origins;
}

export type HeaderOptions = {
  nonce: string;
  /** prod adds HSTS and upgrade-insecure-requests. */
  prod: boolean;
  /** next dev needs eval for its error overlay; never in a build. */
  dev: boolean;
  idportenOrigins: string[];
  /** Only the front-channel logout route may be framed, and only by ID-porten. */
  frameable?: boolean;
};

export function contentSecurityPolicy(o: HeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${o.nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ""}`,
    // Aksel and Next set style attributes; styles cannot run code, scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // The logout form ends at ID-porten's end_session_endpoint (browsers check redirects too).
    `form-action 'self' ${o.idportenOrigins.join(" ")}`,
    `frame-ancestors ${o.frameable ? o.idportenOrigins.join(" ") : "'none'"}`,
  ];
  if (o.prod) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** What the browser may use: nothing but clipboard writes (copy buttons for KID and account). */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
  "clipboard-read=()",
  "clipboard-write=(self)",
].join(", ");

export function securityHeaders(o: HeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(o),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (!o.frameable) headers["X-Frame-Options"] = "DENY";
  if (o.prod) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}
