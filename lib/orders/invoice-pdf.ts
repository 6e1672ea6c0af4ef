import PDFDocument from "pdfkit";
import type { InvoiceSnapshot, PostalAddress } from "@/db/schema";
import { formatMoney } from "@/lib/format/money";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locale";
import { vatOfGross } from "@/lib/pricing/vat";

export type InvoicePdfInput = {
  number: number;
  issuedAt: Date;
  snapshot: InvoiceSnapshot;
  orderNumber: string;
  placedAt: Date;
  paymentMethod: "card" | "invoice";
  locale: AppLocale;
  /** Labels from the `orders.invoicePdf` catalogue. */
  t: (key: string, values?: Record<string, string | number>) => string;
  /** Off in tests, so that the text can be read from the file. */
  compress?: boolean;
};

const PAGE = { margin: 50, width: 595.28, height: 841.89 };
const INK = "#1c2333";
const SOFT = "#465066";
const LINE = "#e6e0d6";

/** The invoice as a PDF (§14(4) UStG fields), in Helvetica, whose WinAnsi encoding covers € and umlauts. */
export function renderInvoicePdf(input: InvoicePdfInput): Promise<Buffer> {
  const { snapshot, t, locale } = input;
  // WinAnsi has no U+2212 minus and no narrow no-break space: keep to characters it has.
  const money = (cents: number) =>
    formatMoney(cents, locale)
      .replace("\u2212", "-")
      .replace(/\u202f/g, "\u00a0");
  const date = (value: Date) =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: "Europe/Berlin",
      dateStyle: "medium",
    }).format(value);
  const month = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: "Europe/Berlin",
    month: "long",
    year: "numeric",
  }).format(input.issuedAt);
  const rate = (basisPoints: number) =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent", maximumFractionDigits: 2 })
      .format(basisPoints / 10000)
      .replace(/\u202f/g, "\u00a0");

  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    compress: input.compress ?? true,
    info: {
      Title: t("title", { number: input.number }),
      Author: snapshot.seller.name,
      Subject: t("subject", { orderNumber: input.orderNumber }),
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = PAGE.margin;
  const right = PAGE.width - PAGE.margin;
  const contentWidth = right - left;

  // Seller, as the letterhead.
  doc.font("Helvetica-Bold").fontSize(22).fillColor(INK).text("Vitrine.", left, 50);
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor(SOFT)
    .text(snapshot.seller.name, left, 50, { width: contentWidth, align: "right" })
    .text(snapshot.seller.address, { width: contentWidth, align: "right" })
    .text(t("vatId", { vatId: snapshot.seller.vatId }), { width: contentWidth, align: "right" });

  // Buyer.
  doc
    .fontSize(8)
    .text(`${snapshot.seller.name} · ${snapshot.seller.address}`, left, 130)
    .moveDown(0.5);
  doc.fontSize(11).fillColor(INK);
  for (const line of addressLines(snapshot.buyer.address, t)) doc.text(line);

  // Invoice facts.
  const facts: [string, string][] = [
    [t("invoiceNumber"), String(input.number)],
    [t("invoiceDate"), date(input.issuedAt)],
    [t("deliveryDate"), month],
    [t("orderNumber"), input.orderNumber],
    [t("orderDate"), date(input.placedAt)],
    [t("paymentMethod"), t(`paymentMethods.${input.paymentMethod}`)],
  ];
  let y = 130;
  for (const [label, value] of facts) {
    doc.fontSize(9).fillColor(SOFT).text(label, 330, y, { width: 110 });
    doc.fillColor(INK).text(value, 440, y, { width: right - 440, align: "right" });
    y += 14;
  }

  doc
    .font("Helvetica-Bold")
    .fontSize(16)
    .fillColor(INK)
    .text(t("title", { number: input.number }), left, 250);

  // Lines.
  const columns = [
    { key: "item", x: left, width: 190, align: "left" as const },
    { key: "quantity", x: left + 190, width: 40, align: "right" as const },
    { key: "unitPrice", x: left + 235, width: 65, align: "right" as const },
    { key: "vatRate", x: left + 305, width: 40, align: "right" as const },
    { key: "net", x: left + 350, width: 70, align: "right" as const },
    { key: "gross", x: left + 425, width: right - left - 425, align: "right" as const },
  ];
  y = 285;
  doc.font("Helvetica-Bold").fontSize(8.5).fillColor(SOFT);
  for (const column of columns) {
    doc.text(t(`columns.${column.key}`), column.x, y, { width: column.width, align: column.align });
  }
  y += 14;
  doc.moveTo(left, y).lineTo(right, y).strokeColor(LINE).stroke();
  y += 6;
  doc.font("Helvetica").fontSize(9).fillColor(INK);
  for (const line of snapshot.lines) {
    const gross = line.totalCents;
    const cells = [
      `${line.name}\n${t("sku", { sku: line.sku })}`,
      String(line.quantity),
      money(line.unitPriceCents),
      rate(line.vatRate),
      money(gross - vatOfGross(gross, line.vatRate)),
      money(gross),
    ];
    const height = Math.max(
      ...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i]!.width })),
    );
    if (y + height > PAGE.height - 200) {
      doc.addPage();
      y = PAGE.margin;
    }
    cells.forEach((cell, i) => {
      const column = columns[i]!;
      doc.text(cell, column.x, y, { width: column.width, align: column.align });
    });
    y += height + 6;
  }
  doc.moveTo(left, y).lineTo(right, y).strokeColor(LINE).stroke();
  y += 8;

  // Totals.
  const totals: [string, string, boolean][] = [
    [t("subtotal"), money(snapshot.lines.reduce((sum, l) => sum + l.totalCents, 0)), false],
    ...(snapshot.discountCents > 0
      ? [[t("discount"), `-${money(snapshot.discountCents)}`, false] as [string, string, boolean]]
      : []),
    [t("shipping"), money(snapshot.shippingCents), false],
    [t("total"), money(snapshot.totalCents), true],
  ];
  for (const [label, value, strong] of totals) {
    doc.font(strong ? "Helvetica-Bold" : "Helvetica").fontSize(strong ? 11 : 9.5);
    doc.text(label, left + 250, y, { width: 170 });
    doc.text(value, left + 425, y, { width: right - left - 425, align: "right" });
    y += strong ? 18 : 14;
  }

  // VAT per rate, after discount and shipping were split across the rates.
  y += 10;
  doc.font("Helvetica-Bold").fontSize(9).fillColor(SOFT);
  const vatColumns = [
    t("vatTable.rate"),
    t("vatTable.net"),
    t("vatTable.vat"),
    t("vatTable.gross"),
  ];
  vatColumns.forEach((label, i) => {
    doc.text(label, left + 200 + i * 75, y, { width: 70, align: i === 0 ? "left" : "right" });
  });
  y += 14;
  doc.font("Helvetica").fillColor(INK);
  for (const vat of snapshot.vatLines) {
    [rate(vat.rate), money(vat.netCents), money(vat.vatCents), money(vat.grossCents)].forEach(
      (value, i) => {
        doc.text(value, left + 200 + i * 75, y, { width: 70, align: i === 0 ? "left" : "right" });
      },
    );
    y += 13;
  }

  y += 20;
  doc
    .fontSize(9)
    .fillColor(SOFT)
    .text(t("pricesNote"), left, y, { width: contentWidth })
    .text(t("deliveryNote"), { width: contentWidth })
    .moveDown(0.5)
    .text(t("thanks"), { width: contentWidth });

  doc.end();
  return done;
}

function addressLines(address: PostalAddress, t: InvoicePdfInput["t"]): string[] {
  return [
    address.fullName,
    address.company,
    address.street,
    address.addressLine2,
    `${address.postalCode} ${address.city}`,
    address.country === "DE" ? t("germany") : address.country,
  ].filter((line): line is string => Boolean(line));
}
