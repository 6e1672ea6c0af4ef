import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getActiveSession, type ActiveSession } from "@/lib/accounts/sessions";
import { auth } from "./auth";

/** The signed-in user of this request, checked against the sessions table (revocation is immediate). */
export const getCurrentSession = cache(async (): Promise<ActiveSession | null> => {
  const token = await auth();
  if (!token?.sid) return null;
  return getActiveSession(await getDb(), token.sid, new Date());
});
