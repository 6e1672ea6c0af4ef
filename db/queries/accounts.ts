import "server-only";
import { getDb } from "@/db/client";
import { findValidToken } from "@/lib/auth/tokens";

export async function isResetTokenUsable(token: string): Promise<boolean> {
  return (await findValidToken(await getDb(), token, "reset_password", new Date())) !== null;
}
