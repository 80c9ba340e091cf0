import "server-only";
import { z } from "zod";
import { getServerEnv } from "@/lib/env";

const discoverySchema = z.object({
  issuer: z.string(),
  end_session_endpoint: z.string().optional(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
});

export type IdportenDiscovery = z.infer<typeof discoverySchema>;

let cached: { value: IdportenDiscovery; at: number } | undefined;
const TTL_MS = 60 * 60_000;

/** ID-porten's discovery document (issuer, end_session_endpoint), cached for an hour. */
export async function idportenDiscovery(): Promise<IdportenDiscovery> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
  const res = await fetch(getServerEnv().IDPORTEN_WELL_KNOWN_URL, { signal: AbortSignal.timeout(5000), cache: "no-store" });
  if (!res.ok) throw new Error(`ID-porten discovery svarte ${res.status}`);
  const value = discoverySchema.parse(await res.json());
  cached = { value, at: Date.now() };
  return value;
}

export { clientAuthMethodProblem } from "./idporten-client-auth";
