"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";

const input = z.object({ locale: z.enum(["de", "en"]) });

/** Sets the strictly necessary language cookie (contract.md); no consent needed, no account touched. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = input.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const store = await cookies();
  store.set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure:
      process.env.NODE_ENV === "production" && process.env.APP_URL?.startsWith("https://") === true,
  });
}
