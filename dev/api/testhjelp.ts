import { accessTokenFor } from "../maskinporten/assertion";
import { startMaskinporten, type MaskinportenOptions, type MaskinportenStandIn } from "../maskinporten/server";
import type { StandIn } from "../http";
import { startApi, type ApiOptions } from "./server";

/** Test helpers: a Maskinporten + API pair on given ports, and plain HTTP calls to it. */

export type Par = { mp: MaskinportenStandIn; api: StandIn; token: (orgnr: string | null) => Promise<string>; close: () => Promise<void> };

export async function startPar(mpPort: number, apiPort: number, o: { mp?: MaskinportenOptions; api?: ApiOptions } = {}): Promise<Par> {
  const mp = await startMaskinporten(mpPort, o.mp);
  const api = await startApi(apiPort, { maskinporten: { issuer: mp.issuer, jwksUri: mp.jwksUri }, ...o.api });
  const tokens = new Map<string, { token: string; exp: number }>();
  return {
    mp,
    api,
    async token(orgnr) {
      const key = orgnr ?? "-";
      const hit = tokens.get(key);
      if (hit && hit.exp > Date.now()) return hit.token;
      const token = await accessTokenFor(mp, orgnr);
      tokens.set(key, { token, exp: Date.now() + 60_000 });
      return token;
    },
    close: async () => {
      await api.close();
      await mp.close();
    },
  };
}

export type Svar = { status: number; body: Record<string, unknown>; korrelasjonsid: string | null; ms: number };

export async function hent(base: string, path: string, token: string | null, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Svar> {
  const start = Date.now();
  const res = await fetch(`${base}${path}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    signal,
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Record<string, unknown>, korrelasjonsid: res.headers.get("korrelasjonsid"), ms: Date.now() - start };
}

export const periode = (aar: number) => `fraOgMed=${aar}-01-01&tilOgMed=${aar}-12-31`;
