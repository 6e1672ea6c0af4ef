import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("have the same keys in German and English, none empty", async () => {
    const [de, en] = await Promise.all([loadMessages("de"), loadMessages("en")]);
    expect(keys(de).sort()).toEqual(keys(en).sort());
    for (const key of keys(de)) {
      const path = key.split(".");
      const pick = (m: unknown) =>
        path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], m);
      expect(String(pick(de)).trim(), `de ${key}`).not.toBe("");
      expect(String(pick(en)).trim(), `en ${key}`).not.toBe("");
    }
  });
});
