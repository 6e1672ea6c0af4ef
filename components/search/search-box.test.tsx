import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import de from "@/messages/search/de.json";
import en from "@/messages/search/en.json";
import { SearchBox } from "./search-box";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }));

function render(locale: "de" | "en") {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      timeZone="Europe/Berlin"
      messages={locale === "de" ? de : en}
    >
      <SearchBox />
    </NextIntlClientProvider>,
  );
}

describe("SearchBox", () => {
  it("is a plain GET form to /products?q= before any script runs", () => {
    const html = render("de");
    const form = /<form[^>]*>/.exec(html)?.[0] ?? "";
    expect(form).toContain('role="search"');
    expect(form).toContain('action="/products"');
    expect(form).toContain('method="get"');
    expect(html).toMatch(/<input[^>]*name="q"/);
    expect(html).toMatch(/<button type="submit"[^>]*>Suchen<\/button>/);
  });

  it("is a labelled, collapsed ARIA 1.2 combobox that controls its listbox", () => {
    const html = render("en");
    const input = /<input[^>]*>/.exec(html)?.[0] ?? "";
    expect(input).toContain('role="combobox"');
    expect(input).toContain('aria-expanded="false"');
    expect(input).toContain('aria-autocomplete="list"');
    expect(input).not.toContain("aria-activedescendant");
    const id = /id="([^"]+)"/.exec(input)?.[1];
    const controls = /aria-controls="([^"]+)"/.exec(input)?.[1];
    expect(html).toContain(`<label for="${id}" class="sr-only">Search products</label>`);
    expect(html).toMatch(
      new RegExp(`<ul id="${controls}" role="listbox" aria-label="Suggestions" hidden`),
    );
    expect(html).toContain('role="status"');
  });
});
