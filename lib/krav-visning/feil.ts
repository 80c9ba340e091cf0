import { KravOgBetalingerError } from "@/lib/kravogbetalinger/errors";

/**
 * What the browser may know about a failed fetch: enough to explain it and to quote the
 * korrelasjonsid to support, nothing internal. The JSON routes send `{ feil: FeilInfo }`; the
 * client turns that into a HentFeil; the server page puts it in the dehydrated cache.
 */
export type FeilInfo = {
  /** upstream | timeout | network | schema | token (from the API client), or ukjent */
  type: string;
  /** The upstream's HTTP status when there was one. */
  status: number | null;
  kode: string | null;
  korrelasjonsid: string | null;
  kanProevesIgjen: boolean;
  /** KB-009: the API knows nothing about this party. A state, not a fault. */
  ingenData: boolean;
};

export class HentFeil extends Error {
  readonly info: FeilInfo;
  /** The HTTP status of our own route (react-query's retry looks at it). */
  readonly status: number;

  constructor(info: FeilInfo, status: number) {
    super(`Henting feilet (${info.kode ?? info.type})`);
    this.name = "HentFeil";
    this.info = info;
    this.status = status;
  }
}

const UKJENT: FeilInfo = { type: "ukjent", status: null, kode: null, korrelasjonsid: null, kanProevesIgjen: true, ingenData: false };

function erFeilInfo(v: unknown): v is FeilInfo {
  return typeof v === "object" && v !== null && !(v instanceof Error) && typeof (v as FeilInfo).type === "string" && "kanProevesIgjen" in v;
}

/** The class is branded, so this holds for errors made by another bundle's copy of it too. */
function erApiFeil(e: unknown): e is KravOgBetalingerError {
  return e instanceof KravOgBetalingerError;
}

export function tilFeilInfo(e: unknown): FeilInfo {
  if (erApiFeil(e)) {
    return {
      type: e.type,
      status: e.status ?? null,
      kode: e.kode ?? null,
      korrelasjonsid: e.korrelasjonsid ?? null,
      kanProevesIgjen: Boolean(e.kanProevesIgjen),
      ingenData: Boolean(e.ingenDataForPart),
    };
  }
  if (e instanceof HentFeil) return e.info;
  if (erFeilInfo(e)) {
    const { type, status, kode, korrelasjonsid, kanProevesIgjen, ingenData } = e;
    return { type, status: status ?? null, kode: kode ?? null, korrelasjonsid: korrelasjonsid ?? null, kanProevesIgjen, ingenData: Boolean(ingenData) };
  }
  return UKJENT;
}

/**
 * Our route's (and page's) status for an upstream failure: 404 no data, 503 while the circuit
 * breaker is open (we did not ask), 504 timeout, 503 worth retrying, else 502.
 */
export function statusForFeil(info: FeilInfo): number {
  if (info.ingenData) return 404;
  if (info.kode === "SVARER_IKKE") return 503;
  if (info.type === "timeout") return 504;
  return info.kanProevesIgjen ? 503 : 502;
}

/** Reads a failed response from our JSON routes (or anything else that came back instead). */
export async function hentFeilFraSvar(res: Response): Promise<HentFeil> {
  let info: FeilInfo = { ...UKJENT, status: res.status };
  try {
    const body = (await res.json()) as { feil?: unknown };
    if (erFeilInfo(body?.feil)) info = body.feil;
  } catch {
    // not JSON: keep the generic description
  }
  if (res.status === 401 || res.status === 403) info = { ...info, type: res.status === 401 ? "innlogging" : "tilgang", kanProevesIgjen: false };
  return new HentFeil(info, res.status);
}
