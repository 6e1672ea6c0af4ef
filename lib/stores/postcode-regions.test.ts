import { describe, expect, it } from "vitest";
import { distanceKm } from "./distance";
import { POSTCODE_REGIONS, postcodeCentre } from "./postcode-regions";

describe("postcodeCentre", () => {
  it("places a postcode near its region's main city", () => {
    const berlin = { latitude: 52.52, longitude: 13.405 };
    const munich = { latitude: 48.137, longitude: 11.575 };
    expect(distanceKm(postcodeCentre("10115")!, berlin)).toBeLessThan(15);
    expect(distanceKm(postcodeCentre("80331")!, munich)).toBeLessThan(15);
  });

  it("refuses what is not a five-digit German postcode or not an assigned region", () => {
    for (const value of ["1011", "101155", "1011a", " 10115", "", "05123", "43123", "62123"]) {
      expect(postcodeCentre(value), value).toBeNull();
    }
  });

  it("covers every assigned region, all inside Germany", () => {
    const assigned = Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, "0")).filter(
      (r) => !["05", "43", "62"].includes(r),
    );
    expect(Object.keys(POSTCODE_REGIONS).sort()).toEqual(assigned);
    for (const [lat, lon] of Object.values(POSTCODE_REGIONS)) {
      expect(lat).toBeGreaterThan(47.2);
      expect(lat).toBeLessThan(55.1);
      expect(lon).toBeGreaterThan(5.8);
      expect(lon).toBeLessThan(15.1);
    }
  });
});
