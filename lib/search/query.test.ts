import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  foldSearchText,
  parseSearchQuery,
  toTsqueryInput,
} from "./query";

describe("foldSearchText (mirrors vitrine_search_fold)", () => {
  it("spells umlauts and ß out, so that every German spelling meets", () => {
    expect(foldSearchText("Käse")).toBe("kaese");
    expect(foldSearchText("KÄSE")).toBe("kaese");
    expect(foldSearchText("Kaese")).toBe("kaese");
    expect(foldSearchText("Straße")).toBe("strasse");
    expect(foldSearchText("STRASSE")).toBe("strasse");
    expect(foldSearchText("Größe Übergröße Öl")).toBe("groesse uebergroesse oel");
    expect(foldSearchText("GROẞ")).toBe("gross");
  });

  it("removes other accents, as unaccent does", () => {
    expect(foldSearchText("Crème brûlée")).toBe("creme brulee");
    expect(foldSearchText("Piqué-Poloshirt")).toBe("pique-poloshirt");
    expect(foldSearchText("Smørrebrød Æble Œuvre Łódź")).toBe("smorrebrod aeble oeuvre lodz");
  });

  it("treats decomposed umlauts (as some keyboards send them) like composed ones", () => {
    expect(foldSearchText("Ka\u0308se")).toBe("kaese");
  });
});

describe("parseSearchQuery", () => {
  it("trims, folds and splits into words of letters and digits", () => {
    expect(parseSearchQuery("  Kopfhörer  Bluetooth ")).toEqual({
      text: "kopfhoerer bluetooth",
      terms: ["kopfhoerer", "bluetooth"],
    });
    expect(parseSearchQuery("USB-C-Ladegerät 65W")).toEqual({
      text: "usb c ladegeraet 65w",
      terms: ["usb", "c", "ladegeraet", "65w"],
    });
  });

  it("returns null when nothing searchable is left", () => {
    expect(parseSearchQuery("")).toBeNull();
    expect(parseSearchQuery(undefined)).toBeNull();
    expect(parseSearchQuery("   ")).toBeNull();
    expect(parseSearchQuery("!!! ??? ***")).toBeNull();
    expect(parseSearchQuery("für")).toBeNull();
  });

  it("drops German stop words that folding hides from PostgreSQL's list", () => {
    expect(parseSearchQuery("Tasche für Kamera")?.terms).toEqual(["tasche", "kamera"]);
    expect(parseSearchQuery("über uns")?.terms).toEqual(["uns"]);
  });

  it("strips every tsquery operator and quote, so that no input breaks the query", () => {
    const parsed = parseSearchQuery("a & b | !c <-> (d) 'e' \"f\" g:* h\\i ; drop table");
    expect(parsed?.terms).toEqual(
      ["a", "b", "c", "d", "e", "f", "g", "h", "i", "drop", "table"].slice(0, MAX_TERMS),
    );
    for (const term of parsed?.terms ?? []) expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it("keeps at most 100 characters, eight distinct words", () => {
    expect(parseSearchQuery("x".repeat(500))?.text).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseSearchQuery("kamera Kamera KAMERA")?.terms).toEqual(["kamera"]);
    expect(parseSearchQuery("a b c d e f g h i j k")?.terms).toHaveLength(MAX_TERMS);
  });
});

describe("toTsqueryInput", () => {
  const parse = (q: string) => parseSearchQuery(q)!;

  it("joins the words with AND", () => {
    expect(toTsqueryInput(parse("Kameras"))).toBe("kameras");
    expect(toTsqueryInput(parse("Tasche für Kamera"))).toBe("tasche & kamera");
  });

  it("completes the last word as a prefix while typing, from two letters on", () => {
    expect(toTsqueryInput(parse("kam"), { prefix: true })).toBe("kam:*");
    expect(toTsqueryInput(parse("lumix g9"), { prefix: true })).toBe("lumix & g9:*");
    expect(toTsqueryInput(parse("kamera t"), { prefix: true })).toBe("kamera:*");
    expect(toTsqueryInput(parse("k"), { prefix: true })).toBeNull();
    expect(toTsqueryInput(parse("k"))).toBe("k");
  });

  it("never contains anything but words, & and the prefix mark", () => {
    const input = toTsqueryInput(parse("a&b|c!d(e)f:g*h'i\"j k"), { prefix: true })!;
    expect(input).toMatch(/^[\p{L}\p{N}]+(?: & [\p{L}\p{N}]+)*(?::\*)?$/u);
  });
});
