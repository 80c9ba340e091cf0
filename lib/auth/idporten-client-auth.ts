/** The configured ID-porten client authentication held against the discovery document (pure; start-up uses it). */

/**
 * Why the configured client authentication cannot work with this ID-porten, or null. ID-porten's
 * discovery lists token_endpoint_auth_methods_supported; without the list (optional in OIDC
 * Discovery) the default is client_secret_basic.
 */
export function clientAuthMethodProblem(method: string, discovery: { issuer: string; token_endpoint_auth_methods_supported?: string[] }): string | null {
  const supported = discovery.token_endpoint_auth_methods_supported ?? ["client_secret_basic"];
  if (supported.includes(method)) return null;
  return `IDPORTEN_CLIENT_AUTH_METHOD=${method} støttes ikke av ID-porten (${discovery.issuer}), som tilbyr ${supported.join(", ")}. Velg metoden klienten er registrert med.`;
}
