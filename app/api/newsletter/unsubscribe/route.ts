import { getDb } from "@/db/client";
import { unsubscribe } from "@/lib/newsletter/subscriptions";
import { loadSecrets } from "@/lib/server/secrets";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * RFC 8058 one-click unsubscribe, the target of every marketing mail's `List-Unsubscribe` header
 * (L6). Mail providers POST `List-Unsubscribe=One-Click` from their own servers, so there is no
 * session and no Origin of ours: the HMAC in the URL is the proof. Idempotent; any bad request is
 * a bare 400 that tells nothing about the subscription.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  let oneClick = false;
  try {
    const body = await request.formData();
    oneClick = body.get("List-Unsubscribe") === "One-Click";
  } catch {
    oneClick = false;
  }
  if (!oneClick) return new Response(null, { status: 400, headers: NO_STORE });
  const result = await unsubscribe(await getDb(), {
    subscriptionId: url.searchParams.get("s"),
    token: url.searchParams.get("t"),
    secret: loadSecrets().authSecret,
    now: new Date(),
  });
  if (result === "invalid-token") return new Response(null, { status: 400, headers: NO_STORE });
  return new Response("OK", {
    status: 200,
    headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
  });
}

/**
 * Clients without one-click support open the header's URL in a browser: a GET changes nothing
 * (S6) and leads to the page with the unsubscribe button.
 */
export function GET(request: Request) {
  const from = new URL(request.url);
  const to = new URL("/newsletter/unsubscribe", from);
  for (const key of ["s", "t"]) {
    const value = from.searchParams.get(key);
    if (value) to.searchParams.set(key, value);
  }
  return new Response(null, {
    status: 303,
    headers: { ...NO_STORE, Location: `${to.pathname}${to.search}` },
  });
}
