/**
 * The ZIP download (R2): the JSON document, one CSV per category and a README in German and English
 * that says what each file holds.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import type { Localized } from "../data-map-types";
import { exportCsvFiles } from "./csv";
import type { SubjectExport } from "./document";

const BERLIN_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** "vitrine-data-2026-05-03.json": the day of the download in the shop's time zone. */
export function exportFileName(now: Date, extension: "json" | "zip"): string {
  return `vitrine-data-${BERLIN_DATE.format(now)}.${extension}`;
}

export function exportJson(document: SubjectExport): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

function fileList(document: SubjectExport, csvNames: string[], locale: keyof Localized): string {
  return document.categories
    .map((category, i) => {
      const tables = category.tables
        .map((t) => `${t.label[locale]} (${t.table}: ${t.rows.length})`)
        .join(", ");
      return `- ${csvNames[i]}: ${category.label[locale]}. ${tables}`;
    })
    .join("\n");
}

export function readmeText(
  document: SubjectExport,
  files: { json: string; csv: string[] },
): string {
  const de = `IHRE DATEN BEI VITRINE
======================

Erstellt am ${document.generatedAt} (UTC). Diese Datei erklärt die übrigen Dateien.

- ${files.json}: alle Daten in einer maschinenlesbaren Datei (JSON, Art. 20 DSGVO).
  Ihren Aufbau beschreibt ein JSON-Schema: ${document.$schema}
  Je Kategorie und Tabelle stehen dort auch Zweck, Rechtsgrundlage, Speicherdauer,
  Empfänger und Herkunft der Daten.
- Eine CSV-Datei je Kategorie, für Tabellenkalkulationen. Die erste Spalte "table"
  nennt die Tabelle, aus der eine Zeile stammt; die übrigen Spalten sind die aller
  Tabellen der Kategorie (leer, wo eine Tabelle die Spalte nicht hat).

CSV-Format: UTF-8 mit BOM, Komma als Trennzeichen, Zeilenende CRLF (RFC 4180).
Zeitpunkte in ISO 8601 (UTC), Beträge in Euro-Cent. Strukturierte Werte (z. B.
Adressen) stehen als JSON in der Zelle. Text, der mit = + - @ oder einem
Tabulator beginnt, ist mit ' eingeleitet, damit kein Programm ihn als Formel ausführt.

Dateien:
${fileList(document, files.csv, "de")}

Fragen zu Ihren Daten: Datenschutz-Center unter /account/privacy.
`;
  const en = `YOUR DATA AT VITRINE
====================

Created ${document.generatedAt} (UTC). This file explains the other files.

- ${files.json}: all of your data in one machine-readable file (JSON, GDPR Art. 20).
  A JSON Schema describes its structure: ${document.$schema}
  For each category and table it also gives the purpose, legal basis, retention,
  recipients and source of the data.
- One CSV file per category, for spreadsheets. The first column "table" names the
  table a row comes from; the other columns are those of all tables of the category
  (empty where a table lacks the column).

CSV format: UTF-8 with BOM, comma separated, CRLF line ends (RFC 4180). Times in
ISO 8601 (UTC), amounts in euro cents. Structured values (such as addresses) are JSON
inside the cell. Text starting with = + - @ or a tab is prefixed with ' so that no
program runs it as a formula.

Files:
${fileList(document, files.csv, "en")}

Questions about your data: the privacy center at /account/privacy.
`;
  return `${de}\n\n${en}`.replaceAll("\n", "\r\n");
}

/** The ZIP archive: README.txt, the JSON document and one CSV per category. */
export function exportZip(document: SubjectExport, now: Date): Uint8Array<ArrayBuffer> {
  const json = exportFileName(now, "json");
  const csvFiles = exportCsvFiles(document);
  const mtime = now;
  const files: Zippable = {
    "README.txt": [
      strToU8(readmeText(document, { json, csv: csvFiles.map((f) => f.name) })),
      { mtime },
    ],
    [json]: [strToU8(exportJson(document)), { mtime }],
  };
  for (const file of csvFiles) files[file.name] = [strToU8(file.content), { mtime }];
  // fflate allocates plain ArrayBuffers; the type says so for Response bodies.
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
