import "server-only";
import { getServerEnv } from "@/lib/env";
import { sessionCookieName } from "./session";

/** Set-Cookie values that remove our session and next-auth's helper cookies. */
export function clearedAuthCookies(): string[] {
  const secure = getServerEnv().NEXTAUTH_URL.startsWith("https://");
  const attrs = `Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
  const prefix = secure ? "__Secure-" : "";
  return [
    `${sessionCookieName()}=; ${attrs}`,
    `${prefix}next-auth.callback-url=; ${attrs}`,
    `${secure ? "__Host-" : ""}next-auth.csrf-token=; ${attrs}`,
  ];
}

/**
 * A state-changing POST must come from our own pages: Origin is ours, or (Referrer-Policy
 * no-referrer makes browsers send "Origin: null") Sec-Fetch-Site says same-origin.
 */
export function isSameOriginPost(request: Request): boolean {
  const appOrigin = new URL(getServerEnv().NEXTAUTH_URL).origin;
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") return origin === appOrigin;
  return request.headers.get("sec-fetch-site") === "same-origin";
}
