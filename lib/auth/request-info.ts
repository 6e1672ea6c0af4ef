import { headers } from "next/headers";

export type RequestInfo = { ip: string; userAgent: string | null };

/**
 * The client's address: the last hop of X-Forwarded-For (the one our own server or load
 * balancer appended; earlier hops are client-controlled), else X-Real-IP.
 */
export function clientIp(h: Headers): string {
  const forwarded = h.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((p) => p.trim())
    .filter(Boolean)
    .pop();
  return last ?? h.get("x-real-ip") ?? "unknown";
}

export async function requestInfo(): Promise<RequestInfo> {
  const h = await headers();
  return { ip: clientIp(h), userAgent: h.get("user-agent")?.slice(0, 300) ?? null };
}
