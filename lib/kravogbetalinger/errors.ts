/**
 * One typed error for everything that can go wrong talking to the Krav og betalinger API.
 * The UI shows `korrelasjonsid` (when there is one) so the user can quote it to support.
 */
export type FeilType =
  | "upstream" // a non-2xx with (or without) an error body
  | "timeout" // no answer within the timeout
  | "network" // refused connection, DNS, TLS
  | "schema" // a body that is not JSON or not the expected shape
  | "token" // no Maskinporten token could be had
  | "input"; // bad orgnr or period from our side: refused before any request (a 400 for a route)

/**
 * The client is one instance per process, but each route bundle has its own copy of this
 * class: a brand makes `instanceof` work across those copies.
 */
const BRAND = Symbol.for("krav-og-betalinger.KravOgBetalingerError");

export class KravOgBetalingerError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  readonly [BRAND] = true;
  readonly type: FeilType;
  readonly status: number | null;
  readonly kode: string | null;
  readonly melding: string | null;
  readonly korrelasjonsid: string | null;

  constructor(args: {
    type: FeilType;
    message: string;
    status?: number | null;
    kode?: string | null;
    melding?: string | null;
    korrelasjonsid?: string | null;
    cause?: unknown;
  }) {
    super(args.message, { cause: args.cause });
    this.name = "KravOgBetalingerError";
    this.type = args.type;
    this.status = args.status ?? null;
    this.kode = args.kode ?? null;
    this.melding = args.melding ?? null;
    this.korrelasjonsid = args.korrelasjonsid ?? null;
  }

  /** KB-009: the API has no data for this party (a state, not a fault). */
  get ingenDataForPart(): boolean {
    return this.kode === "KB-009";
  }

  /** Worth trying again: 5xx, DAS-003, timeouts and refused connections; never 4xx. */
  get kanProevesIgjen(): boolean {
    if (this.type === "timeout" || this.type === "network") return true;
    if (this.kode === "DAS-003") return true;
    return this.type === "upstream" && this.status !== null && this.status >= 500;
  }

  /** What a JSON route may send to the browser: no tokens, no internals. */
  toJSON() {
    return { type: this.type, status: this.status, kode: this.kode, korrelasjonsid: this.korrelasjonsid };
  }
}
