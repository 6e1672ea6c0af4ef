import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { SubjectExport } from "./document";
import { exportFileName, exportZip } from "./zip";

const text = (s: string) => ({ de: `${s} (de)`, en: `${s} (en)` });

const document: SubjectExport = {
  $schema: "http://127.0.0.1:3000/schemas/vitrine-export.schema.json",
  schemaVersion: 1,
  generatedAt: "2026-05-03T10:00:00.000Z",
  subject: { kind: "customer" },
  categories: [
    {
      category: "identity",
      label: text("Account"),
      description: text("Who you are"),
      tables: [
        {
          table: "users",
          label: text("Account"),
          purposes: [],
          retention: text("While the account exists"),
          recipients: [],
          source: [],
          columns: [
            { name: "id", label: text("Id") },
            { name: "name", label: text("Name") },
          ],
          rows: [{ id: "u1", name: "Erika Mustermann" }],
        },
      ],
    },
    {
      category: "behaviour",
      label: text("Behaviour events"),
      description: text("Views"),
      tables: [
        {
          table: "behaviour_events",
          label: text("Behaviour events"),
          purposes: [],
          retention: text("180 days"),
          recipients: [],
          source: [],
          columns: [{ name: "query", label: text("Search term") }],
          rows: [],
        },
      ],
    },
  ],
};

describe("the ZIP download", () => {
  it("holds the README, the JSON document and one CSV per category, even an empty one", () => {
    const now = new Date("2026-05-03T10:00:00.000Z");
    const files = unzipSync(exportZip(document, now));
    expect(Object.keys(files).sort()).toEqual(
      ["README.txt", "behaviour.csv", "identity.csv", "vitrine-data-2026-05-03.json"].sort(),
    );
    expect(JSON.parse(strFromU8(files["vitrine-data-2026-05-03.json"]!))).toEqual(document);
    // UTF-8 with its byte order mark, so that Excel reads umlauts.
    const withBom = (bytes: Uint8Array) =>
      new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect([...files["identity.csv"]!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom(files["identity.csv"]!)).toBe(
      "\uFEFFtable,id,name\r\nusers,u1,Erika Mustermann\r\n",
    );
    expect(withBom(files["behaviour.csv"]!)).toBe("\uFEFFtable,query\r\n");
    const readme = strFromU8(files["README.txt"]!);
    for (const expected of [
      "IHRE DATEN BEI VITRINE",
      "YOUR DATA AT VITRINE",
      "identity.csv: Account (de)",
      "behaviour.csv: Behaviour events (en)",
      document.$schema,
    ]) {
      expect(readme).toContain(expected);
    }
  });

  it("names files by the day in Berlin", () => {
    expect(exportFileName(new Date("2026-12-31T23:30:00Z"), "json")).toBe(
      "vitrine-data-2027-01-01.json",
    );
    expect(exportFileName(new Date("2026-06-01T12:00:00Z"), "zip")).toBe(
      "vitrine-data-2026-06-01.zip",
    );
  });
});
