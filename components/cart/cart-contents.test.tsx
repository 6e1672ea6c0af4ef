import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import de from "@/messages/cart/de.json";
import base from "@/messages/de.json";
import type { CartLine, CartView } from "@/lib/cart/types";
import { CartContents } from "./cart-contents";

vi.mock("@/lib/actions/cart", () => ({
  updateQuantityAction: vi.fn(),
  removeItemAction: vi.fn(),
  applyVoucherAction: vi.fn(),
  removeVoucherAction: vi.fn(),
}));

const line = (overrides: Partial<CartLine>): CartLine => ({
  itemId: "2b1c8f0e-8a55-4f55-9d8e-3f1b3c0f0a01",
  variantId: "v1",
  productId: "p1",
  slug: "espresso",
  nameDe: "Espresso Bohnen",
  nameEn: "Espresso beans",
  sku: "ESPRESSO-STD",
  size: null,
  colour: null,
  imageUrl: "/media/products/espresso.svg",
  imageAltDe: "Espresso Bohnen, Vorderansicht",
  imageAltEn: "Espresso beans, front view",
  unitPriceCents: 1290,
  vatRate: 700,
  quantity: 2,
  availableOnline: 1,
  unitKind: "weight",
  unitContent: 500,
  ...overrides,
});

function render(cart: CartView) {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale="de"
      messages={{ ...de, price: base.price }}
      timeZone="Europe/Berlin"
    >
      <CartContents
        cart={cart}
        locale="de"
        shippingOptions={null}
        beforeCheckout={<p>Zahlungsarten</p>}
      />
    </NextIntlClientProvider>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("CartContents", () => {
  it("shows lines, VAT per rate, the free-shipping hint, a stock warning and the checkout link", () => {
    const html = render({
      cartId: "c1",
      voucher: null,
      lines: [
        line({}),
        line({
          itemId: "2b1c8f0e-8a55-4f55-9d8e-3f1b3c0f0a02",
          nameDe: "Pullover",
          vatRate: 1900,
          unitPriceCents: 4990,
          quantity: 1,
          availableOnline: 9,
          size: "M",
          colour: "navy",
          unitKind: null,
          unitContent: null,
        }),
      ],
    });
    const visible = text(html);
    expect(visible).toContain("Espresso Bohnen");
    expect(visible).toContain("Variante: M · Marineblau");
    expect(visible).toContain("Grundpreis: 25,80 € / kg");
    expect(visible).toContain("Nur noch 1 Stück online verfügbar");
    expect(visible).toContain("enthaltene MwSt. 19 %");
    expect(visible).toContain("enthaltene MwSt. 7 %");
    expect(visible).toContain("Versand (Standard) kostenlos");
    expect(visible).toContain("75,70 €");
    expect(html).toMatch(/<a[^>]*href="\/checkout"[^>]*>Zur Kasse<\/a>/);
    expect(html.indexOf("Zahlungsarten")).toBeLessThan(html.indexOf("Zur Kasse"));
    expect(html).toContain('aria-label="Menge von Espresso Bohnen erhöhen"');
    expect(html).toMatch(/<button[^>]*value="3"[^>]*disabled=""/);
  });

  it("says how much is missing for free shipping and what a voucher's minimum needs", () => {
    const visible = text(
      render({
        cartId: "c1",
        lines: [line({ quantity: 1, availableOnline: 5 })],
        voucher: {
          code: "WILLKOMMEN10",
          offerId: "o1",
          nameDe: "10 % Willkommensrabatt",
          nameEn: "10 % welcome discount",
          discount: { kind: "percent", value: 10, minOrderCents: 2000 },
          automated: false,
        },
      }),
    );
    expect(visible).toContain("Noch 37,10 € bis zum kostenlosen Standardversand.");
    expect(visible).toContain("Es fehlen noch 7,10 €.");
    expect(visible).toContain("Gutschein WILLKOMMEN10: 10 % Willkommensrabatt");
  });

  it("shows the empty state without lines", () => {
    expect(text(render({ cartId: null, lines: [], voucher: null }))).toContain(
      "Ihr Warenkorb ist leer",
    );
  });
});
