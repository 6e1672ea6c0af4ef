import { describe, expect, it } from "vitest";
import { listingHref, parseListingParams } from "./listing-params";

describe("listing params", () => {
  it("reads valid parameters and drops bad ones", () => {
    const p = parseListingParams({
      category: "cameras",
      min: "10",
      max: "abc",
      sort: "price-asc",
      page: "2",
      q: " lens ",
    });
    expect(p).toEqual({
      category: "cameras",
      q: "lens",
      brand: undefined,
      min: 10,
      max: undefined,
      sort: "price-asc",
      page: 2,
    });
    expect(
      parseListingParams({ category: "../etc", sort: "drop table", page: "-1" }),
    ).toMatchObject({
      category: undefined,
      sort: "relevance",
      page: 1,
    });
  });
  it("reads availability, size, colour and attribute filters", () => {
    const p = parseListingParams({
      instock: "1",
      size: "M",
      colour: "navy",
      "a.material": "Wolle",
      "a.BAD": "x",
      colour2: "y",
    });
    expect(p).toMatchObject({
      inStock: true,
      size: "M",
      colour: "navy",
      attributes: { material: "Wolle" },
    });
    expect(listingHref(p, {})).toBe("/products?instock=1&size=M&colour=navy&a.material=Wolle");
    expect(parseListingParams({ colour: "<script>" }).colour).toBeUndefined();
  });

  it("round-trips through the URL and leaves defaults out", () => {
    const p = parseListingParams({ category: "books", sort: "newest" });
    expect(listingHref(p, { page: 3 })).toBe("/products?category=books&sort=newest&page=3");
    expect(listingHref(parseListingParams({}), {})).toBe("/products");
  });
});
