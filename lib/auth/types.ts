/** The domain of who may act for whom: plain types shared by the server modules (no server-only code). */

/** An organisation the person may act for and see claims of. */
export type Party = { orgnr: string; name: string; unitType: string | null; parentOrgnr: string | null; isDeleted: boolean };

/** The logged-in person: pid (fødselsnummer or d-nummer) is the key; name when ID-porten gives it. */
export type Person = { pid: string; name: string | null };

/** What the guard hands a page or route: the person, the party in the URL, and every party they may choose. */
export type Access = { person: Person; party: Party; parties: Party[] };
