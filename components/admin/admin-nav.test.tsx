import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import de from "@/messages/admin/de.json";
import { AdminNav } from "./admin-nav";

const pathname = vi.hoisted(() => ({ current: "/admin" }));
vi.mock("next/navigation", () => ({ usePathname: () => pathname.current }));

/** The links of the rendered navigation: where they go, their text, and whether they are current. */
function renderLinks(role: "marketer" | "admin", path: string) {
  pathname.current = path;
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale="de" messages={de} timeZone="Europe/Berlin">
      <AdminNav role={role} />
    </NextIntlClientProvider>,
  );
  const links = [...html.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attributes = "", text]) => ({
    href: attributes.match(/href="([^"]*)"/)?.[1],
    text,
    current: attributes.includes('aria-current="page"'),
  }));
  return { html, links };
}

describe("AdminNav", () => {
  it("is a labelled navigation that marks exactly the current page", () => {
    const { html, links } = renderLinks("admin", "/admin/staff");
    expect(html.startsWith('<nav aria-label="Mitarbeiterbereich">')).toBe(true);
    expect(links).toEqual([
      { href: "/admin", text: "Übersicht", current: false },
      { href: "/admin/insights", text: "Kennzahlen &amp; Prognose", current: false },
      { href: "/admin/segments", text: "Segmente", current: false },
      { href: "/admin/offers", text: "Angebote", current: false },
      { href: "/admin/catalog", text: "Katalog &amp; Preise", current: false },
      { href: "/admin/orders", text: "Bestellungen", current: false },
      { href: "/admin/returns", text: "Rücksendungen", current: false },
      { href: "/admin/reservations", text: "Reservierungen", current: false },
      { href: "/admin/audit", text: "Protokoll", current: false },
      { href: "/admin/staff", text: "Mitarbeitende &amp; Rollen", current: true },
      { href: "/admin/consent", text: "Einwilligungen", current: false },
      { href: "/admin/privacy/requests", text: "Datenschutzanträge", current: false },
      { href: "/admin/privacy/retention", text: "Aufbewahrung &amp; Löschung", current: false },
      { href: "/admin/privacy/records", text: "Verarbeitungsverzeichnis", current: false },
      { href: "/dev/mailbox", text: "Postfach", current: false },
    ]);
  });

  it("offers a marketer only the pages of their role", () => {
    const { links } = renderLinks("marketer", "/admin");
    expect(links).toEqual([
      { href: "/admin", text: "Übersicht", current: true },
      { href: "/admin/insights", text: "Kennzahlen &amp; Prognose", current: false },
      { href: "/admin/segments", text: "Segmente", current: false },
      { href: "/admin/offers", text: "Angebote", current: false },
      { href: "/admin/catalog", text: "Katalog &amp; Preise", current: false },
    ]);
  });
});
