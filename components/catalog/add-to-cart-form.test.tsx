import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import en from "@/messages/cart/en.json";
import { AddToCartForm, type VariantOption } from "./add-to-cart-form";

vi.mock("@/lib/actions/cart", () => ({ addToCartAction: vi.fn() }));

function render(options: VariantOption[]) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="Europe/Berlin">
      <AddToCartForm options={options} />
    </NextIntlClientProvider>,
  );
}

describe("AddToCartForm", () => {
  it("offers the variants with their price, sold-out ones disabled, and an Add to cart button", () => {
    const html = render([
      { id: "a", label: "S · Navy", price: "€49.90", available: 0 },
      { id: "b", label: "M · Navy", price: "€49.90", available: 4 },
    ]);
    expect(html).toContain('<label for="add-variant"');
    expect(html).toMatch(/<option value="a" disabled="">S · Navy – €49.90 \(sold out\)<\/option>/);
    expect(html).toMatch(/<option value="b" selected="">M · Navy – €49.90<\/option>/);
    expect(html).toMatch(/<button type="submit"[^>]*>Add to cart<\/button>/);
  });

  it("has no select for a single variant and says when nothing can be bought", () => {
    const single = render([{ id: "a", label: "ESPRESSO-STD", price: "€12.90", available: 3 }]);
    expect(single).not.toContain("<select");
    expect(single).toContain('<input type="hidden" name="variantId" value="a"/>');
    const soldOut = render([{ id: "a", label: "ESPRESSO-STD", price: "€12.90", available: 0 }]);
    expect(soldOut).toContain("currently sold out online");
    expect(soldOut).not.toContain("<form");
  });
});
