import { describe, expect, it } from "vitest";
import type { InvoiceSnapshot } from "@/db/schema";
import { SELLER } from "@/db/seed/orders";
import de from "@/messages/orders/de.json";
import { renderInvoicePdf } from "./invoice-pdf";

const address = {
  fullName: "Jörg Köhler",
  company: "Köhler & Söhne",
  street: "Rosenthaler Straße 40",
  postalCode: "10178",
  city: "Berlin",
  country: "DE",
};

const snapshot: InvoiceSnapshot = {
  seller: SELLER,
  buyer: { name: address.fullName, address, email: "joerg@example.com" },
  lines: [
    {
      sku: "VT-MUEHLE-1",
      name: "Kaffeemühle „Rö“",
      quantity: 2,
      unitPriceCents: 2999,
      vatRate: 1900,
      totalCents: 5998,
    },
    {
      sku: "VT-KAFFEE-1",
      name: "Espresso 1 kg",
      quantity: 1,
      unitPriceCents: 1890,
      vatRate: 700,
      totalCents: 1890,
    },
  ],
  shippingCents: 490,
  discountCents: 789,
  totalCents: 7589,
  vatLines: [
    { rate: 1900, grossCents: 5772, netCents: 4850, vatCents: 922 },
    { rate: 700, grossCents: 1817, netCents: 1698, vatCents: 119 },
  ],
};

/** A German translator over the real catalogue, ICU placeholders filled naively. */
function t(key: string, values: Record<string, string | number> = {}): string {
  const message = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], de.orders.invoicePdf);
  if (typeof message !== "string") throw new Error(`missing ${key}`);
  return message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

/** The text a PDF shows, from its uncompressed content streams (WinAnsi hex, split by kerning). */
function shownText(pdf: Buffer): string {
  const special: Record<number, string> = { 0x80: "€", 0x84: "„", 0x93: "“" };
  return [...pdf.toString("latin1").matchAll(/\[(.*?)\] TJ/g)]
    .map(([, array]) =>
      [...array!.matchAll(/<([0-9a-f]*)>/g)]
        .map(([, hex]) =>
          (hex!.match(/../g) ?? [])
            .map((byte) => parseInt(byte, 16))
            .map((code) => special[code] ?? String.fromCharCode(code))
            .join(""),
        )
        .join(""),
    )
    .join("\n");
}

describe("renderInvoicePdf", () => {
  it("renders a PDF with the §14 UStG details in Helvetica", async () => {
    const pdf = await renderInvoicePdf({
      number: 100123,
      issuedAt: new Date("2026-06-15T10:30:00Z"),
      snapshot,
      orderNumber: "V-ABCDE2345",
      placedAt: new Date("2026-06-15T10:29:00Z"),
      paymentMethod: "card",
      locale: "de",
      t,
      compress: false,
    });
    const raw = pdf.toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw.trimEnd().endsWith("%%EOF")).toBe(true);
    expect(raw).toContain("/BaseFont /Helvetica");
    const text = shownText(pdf);
    for (const shown of [
      "Rechnung 100123",
      "Vitrine Demo GmbH",
      "USt-IdNr.: DE000000000",
      "Jörg Köhler",
      "Köhler & Söhne",
      "V-ABCDE2345",
      "15.06.2026",
      "Juni 2026",
      "Kaffeemühle „Rö“",
      "59,98\u00a0€",
      "75,89\u00a0€",
      "-7,89\u00a0€",
      "9,22\u00a0€",
      "19\u00a0%",
    ]) {
      expect(text, shown).toContain(shown);
    }
  });
});
