import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import en from "@/messages/admin-segments/en.json";
import { SegmentForm } from "./segment-form";

vi.mock("@/lib/actions/admin-segments", () => ({ segmentFormAction: vi.fn() }));

function render(
  rules: { attribute: string; operator: string; value: string; categories: string[] }[],
) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="Europe/Berlin">
      <SegmentForm
        draft={{
          id: null,
          nameDe: "",
          nameEn: "",
          descriptionDe: "",
          descriptionEn: "",
          status: "active",
          rules,
        }}
        categories={[{ slug: "books", name: "Books" }]}
      />
    </NextIntlClientProvider>,
  );
}

/** The text of every <label for=...>, i.e. the accessible names of the form's controls. */
const labels = (html: string) =>
  [...html.matchAll(/<label for="[^"]+"[^>]*>([^<]*)</g)].map((m) => m[1]);

describe("SegmentForm", () => {
  it("labels every control and builds each rule from the allow-list", () => {
    const html = render([
      { attribute: "orders_12m", operator: "gte", value: "3", categories: [] },
      { attribute: "bought_category", operator: "any_of", value: "", categories: ["books"] },
    ]);
    expect(labels(html)).toEqual([
      "Name (German)",
      "Name (English)",
      "Description (German)",
      "Description (English)",
      "Status",
      "Attribute",
      "Operator",
      "Value",
      "Attribute",
      "Operator",
      "Value",
    ]);
    expect(html).toContain('<legend class="px-1 text-sm font-semibold">Rule 2</legend>');
    expect(html).toContain('name="rule.0.value"');
    expect(html).toMatch(/<select[^>]*name="rule\.1\.categories"[^>]*multiple/);
    expect(html).toContain('aria-label="Remove rule 2"');
    for (const name of ["Add rule", "Show size", "Save segment"])
      expect(html).toMatch(
        new RegExp(`<button type="submit" (?![^>]*aria-hidden)[^>]*name="intent">${name}</button>`),
      );
    expect(html).toContain('role="status"');
  });

  it("offers no way to remove the only rule", () => {
    expect(
      render([{ attribute: "orders_12m", operator: "gte", value: "", categories: [] }]),
    ).not.toContain("Remove rule");
  });
});
