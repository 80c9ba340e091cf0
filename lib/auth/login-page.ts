import { loginPath, safeReturnTo } from "./paths";

/**
 * The app's own login page (a page, unlike LOGIN_PATH which goes straight to ID-porten): where a
 * session that ran out lands, with «Økten din er utløpt» and the way back to where the person was.
 * Safe for client components.
 */
export const LOGIN_PAGE_PATH = "/logg-inn";
/** Where a page goes when Altinn cannot tell who may see what (with a reference). */
export const ACCESS_UNAVAILABLE_PATH = "/tilgang-utilgjengelig";

/** The login page with the expired notice, returning to `returnTo` after the new login. */
export function expiredLoginPath(returnTo?: string | null): string {
  const target = safeReturnTo(returnTo);
  const query = new URLSearchParams({ utlopt: "1" });
  if (target !== "/") query.set("tilbake", target);
  return `${LOGIN_PAGE_PATH}?${query}`;
}

/** A reference (request id) safe to put in a URL and show: letters, digits and dashes, at most 64. */
export function safeReference(raw: string | null | undefined): string | null {
  return raw && /^[A-Za-z0-9-]{1,64}$/.test(raw) ? raw : null;
}

export function accessUnavailablePath(kind: "format" | "nede", reference: string | null, returnTo?: string | null): string {
  const query = new URLSearchParams({ arsak: kind });
  const ref = safeReference(reference);
  if (ref) query.set("ref", ref);
  const target = safeReturnTo(returnTo);
  if (target !== "/") query.set("tilbake", target);
  return `${ACCESS_UNAVAILABLE_PATH}?${query}`;
}

export { loginPath };
