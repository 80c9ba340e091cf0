import NextAuth from "next-auth/next";
import { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/next-auth";
import { LOGIN_ERROR_PATH, isSafeCallbackUrl } from "@/lib/auth/paths";
import { getServerEnv } from "@/lib/env";

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth answers only what the login needs: ID-porten's callback, and its sign-in/error redirects. */
const ALLOWED_ACTIONS = new Set(["callback", "signin", "error"]);

export async function GET(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (!ALLOWED_ACTIONS.has(nextauth[0] ?? "")) return new Response("Not found", { status: 404 });
  // ID-porten answered with an error (e.g. access_denied when the person cancels): next-auth
  // would call every error "Callback"; keep ID-porten's code so the page can say what happened.
  const idportenError = new URL(request.url).searchParams.get("error");
  if (nextauth[0] === "callback" && idportenError) {
    const code = /^[a-z_]{1,40}$/.test(idportenError) ? idportenError : "server_error";
    return new Response(null, { status: 302, headers: { location: `${LOGIN_ERROR_PATH}?error=${code}`, "cache-control": "no-store" } });
  }
  // next-auth's own error action copies ?error= into a Location header, and an emoji, a NUL or a
  // line break there made it throw (a bare 500). Only a code of safe letters is passed on.
  if (nextauth[0] === "error") {
    const raw = new URL(request.url).searchParams.get("error") ?? "";
    const code = /^[A-Za-z_]{1,40}$/.test(raw) ? raw : "Default";
    return new Response(null, { status: 302, headers: { location: `${LOGIN_ERROR_PATH}?error=${code}`, "cache-control": "no-store" } });
  }
  return (NextAuth as unknown as (req: Request, ctx: Context, options: unknown) => Promise<Response>)(withSafeCallbackUrl(request), context, await getAuthOptions());
}

/** next-auth answers a ?callbackUrl= that is not ours with a 500; such a value is left out instead. */
function withSafeCallbackUrl(request: Request): Request {
  const url = new URL(request.url);
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl === null || isSafeCallbackUrl(callbackUrl, new URL(getServerEnv().NEXTAUTH_URL).origin)) return request;
  url.searchParams.delete("callbackUrl");
  return new NextRequest(url, request);
}
