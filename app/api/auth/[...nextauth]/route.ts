import NextAuth from "next-auth/next";
import { getAuthOptions } from "@/lib/auth/next-auth";

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth answers only what the login needs: ID-porten's callback, and its sign-in/error redirects. */
const ALLOWED_ACTIONS = new Set(["callback", "signin", "error"]);

export async function GET(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (!ALLOWED_ACTIONS.has(nextauth[0] ?? "")) return new Response("Not found", { status: 404 });
  return (NextAuth as unknown as (req: Request, ctx: Context, options: unknown) => Promise<Response>)(request, context, await getAuthOptions());
}
