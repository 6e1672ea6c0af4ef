import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/db/schema";
import { isStaffRole, type ActiveSession } from "@/lib/accounts/sessions";
import { getCurrentSession } from "./session";

/**
 * The one authorization layer (S5): every server action, route handler and personal page calls
 * one of these where it touches data. The proxy only redirects for convenience.
 */
export async function requireUser(callbackUrl?: string): Promise<ActiveSession> {
  const current = await getCurrentSession();
  if (!current)
    redirect(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  if (isStaffRole(current.user.role) && !current.secondFactorDone)
    redirect("/sign-in/second-factor");
  return current;
}

/** Staff only, with the second factor given; anyone else learns nothing (404). */
export async function requireRole(
  roles: readonly Role[],
  callbackUrl?: string,
): Promise<ActiveSession> {
  const current = await requireUser(callbackUrl);
  if (!roles.includes(current.user.role)) notFound();
  return current;
}

export const ALL_STAFF: readonly Role[] = ["marketer", "privacy_officer", "admin"];

/** For route handlers: the user or null, never a redirect. */
export async function currentUserOrNull(): Promise<ActiveSession | null> {
  const current = await getCurrentSession();
  if (!current) return null;
  if (isStaffRole(current.user.role) && !current.secondFactorDone) return null;
  return current;
}

/** A callback URL must stay on this site: a relative path, never `//host` or a scheme. */
export function safeCallbackUrl(value: unknown, fallback = "/account"): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  ) {
    return fallback;
  }
  return value;
}
