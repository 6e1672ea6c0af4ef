import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The absolute base URL for links in mails: APP_URL, else the host this request came to. */
export async function appBaseUrl(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? `localhost:${env().PORT}`;
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
