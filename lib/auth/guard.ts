import "server-only";

/**
 * The one access guard for everything under /[orgnr]: pages, layouts and route handlers that
 * return a party's data. (Interface first; the implementation arrives in the next commits.)
 */

export type Party = { orgnr: string; name: string; unitType: string | null; parentOrgnr: string | null; isDeleted: boolean };
export type Person = { pid: string; name: string | null };
export type Access = { person: Person; party: Party; parties: Party[] };

/** Pages/layouts under /[orgnr]: the access, or it never returns (redirect to ID-porten login and back; 403 page; 400 page for an invalid orgnr). */
export async function requirePartyAccess(orgnr: string): Promise<Access> {
  throw new Error(`requirePartyAccess(${orgnr}): not implemented yet`);
}

/** Route handlers: the access, or a ready JSON Response (401 no session, 403 no access, 400 invalid orgnr) — no upstream call made. */
export async function checkPartyAccess(orgnr: string): Promise<{ ok: true; access: Access } | { ok: false; response: Response }> {
  return { ok: false, response: Response.json({ melding: `checkPartyAccess(${orgnr}): not implemented yet` }, { status: 501 }) };
}
