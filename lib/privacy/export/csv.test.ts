import { describe, expect, it } from "vitest";
import type { ExportCategory, ExportTable } from "./document";
import { categoryCsv, cellText, quoteField, toCsv } from "./csv";

const text = { de: "x", en: "x" };
function table(name: ExportTable["table"], columns: string[], rows: ExportTable["rows"]) {
  return {
    table: name,
    label: text,
    purposes: [],
    retention: text,
    recipients: [],
    source: [],
    columns: columns.map((c) => ({ name: c, label: text })),
    rows,
  } satisfies ExportTable;
}

describe("CSV cells", () => {
  it("quotes fields with commas, quotes and line breaks (RFC 4180), and only those", () => {
    expect(quoteField("Köln")).toBe("Köln");
    expect(quoteField("Heidestraße 17, Hinterhaus")).toBe('"Heidestraße 17, Hinterhaus"');
    expect(quoteField('Sagte "Hallo"')).toBe('"Sagte ""Hallo"""');
    expect(quoteField("Zeile 1\r\nZeile 2")).toBe('"Zeile 1\r\nZeile 2"');
    expect(quoteField("a\nb")).toBe('"a\nb"');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(cellText(`${start}HYPERLINK("http://evil")`)).toBe(
        `'${start}HYPERLINK("http://evil")`,
      );
    }
    expect(cellText("Erika = Chefin")).toBe("Erika = Chefin");
  });

  it("writes numbers and booleans as such, null as empty, structures as JSON", () => {
    expect(cellText(-490)).toBe("-490");
    expect(cellText(0)).toBe("0");
    expect(cellText(true)).toBe("true");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText({ city: "Köln" })).toBe('{"city":"Köln"}');
    expect(cellText([{ rate: 1900 }])).toBe('[{"rate":1900}]');
  });

  it("starts with a byte order mark and ends every line with CRLF", () => {
    const csv = toCsv(["a", "b"], [["=1+1", 'x,"y"']]);
    expect(csv).toBe(`\uFEFFa,b\r\n'=1+1,"x,""y"""\r\n`);
  });
});

describe("a category's CSV", () => {
  it("has the table first, then the union of the tables' columns, blank where a table lacks one", () => {
    const category: ExportCategory = {
      category: "order",
      label: text,
      description: text,
      tables: [
        table("carts", ["id", "status"], [{ id: "c1", status: "active" }]),
        table(
          "cart_items",
          ["id", "cart_id", "quantity"],
          [
            { id: "i1", cart_id: "c1", quantity: 2 },
            { id: "i2", cart_id: "c1", quantity: 1 },
          ],
        ),
        table("invoices", ["id", "number"], []),
      ],
    };
    const lines = categoryCsv(category).replace("\uFEFF", "").split("\r\n");
    expect(lines).toEqual([
      "table,id,status,cart_id,quantity,number",
      "carts,c1,active,,,",
      "cart_items,i1,,c1,2,",
      "cart_items,i2,,c1,1,",
      "",
    ]);
  });
});
