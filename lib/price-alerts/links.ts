import { env } from "@/lib/env";

/**
 * The base of links in alert mails. Jobs have no request to take the host from, so APP_URL is
 * the address; without it (local development) the app's own port on localhost.
 */
export function mailBaseUrl(): string {
  const { APP_URL, PORT } = env();
  return (APP_URL ?? `http://localhost:${PORT}`).replace(/\/$/, "");
}

export const ALERTS_PATH = "/account/alerts";

export function productPath(slug: string): string {
  return `/products/${encodeURIComponent(slug)}`;
}
