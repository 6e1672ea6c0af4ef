import { describe, expect, it } from "vitest";
import { generateOrderNumber, ORDER_NUMBER_PATTERN } from "@/lib/orders/order-number";
import { randomCode, seededRandom } from "./random";

describe("random", () => {
  it("repeats a seeded sequence and differs between seeds", () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
  });

  it("makes codes from an unambiguous alphabet", () => {
    const code = randomCode(200);
    expect(code).toHaveLength(200);
    expect(code).not.toMatch(/[01ILO]/);
  });

  it("makes order numbers that match the published pattern and do not repeat", () => {
    const numbers = new Set(Array.from({ length: 1000 }, () => generateOrderNumber()));
    expect(numbers.size).toBe(1000);
    for (const n of numbers) expect(n).toMatch(ORDER_NUMBER_PATTERN);
  });
});
