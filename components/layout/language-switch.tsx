import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/actions/locale";

/** Works without JavaScript: a form posting to a server action that sets the language cookie. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("header")]);
  const other = locale === "de" ? "en" : "de";
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        className="rounded-full border border-line px-3 py-1.5 text-sm font-medium hover:border-ink"
        aria-label={t("switchLanguage")}
      >
        {other === "en" ? "English" : "Deutsch"}
      </button>
    </form>
  );
}
