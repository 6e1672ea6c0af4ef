import { describe, expect, it } from "vitest";
import { distanceKm, sortByDistance } from "./distance";

const berlin = { latitude: 52.5259, longitude: 13.4017 };
const hamburg = { latitude: 53.5523, longitude: 9.9305 };
const munich = { latitude: 48.1516, longitude: 11.5781 };
const cologne = { latitude: 50.9489, longitude: 6.9186 };

describe("distanceKm (haversine)", () => {
  it("measures known city distances within a kilometre", () => {
    // Reference values from the spherical law of cosines (an independent formula, same radius).
    expect(distanceKm(berlin, munich)).toBeCloseTo(503.28, 1);
    expect(distanceKm(berlin, hamburg)).toBeCloseTo(258.59, 1);
    expect(distanceKm(hamburg, cologne)).toBeCloseTo(354.67, 1);
  });

  it("is zero for the same place and symmetric", () => {
    expect(distanceKm(berlin, berlin)).toBe(0);
    expect(distanceKm(munich, cologne)).toBeCloseTo(distanceKm(cologne, munich), 9);
  });

  it("handles the antimeridian and antipodes", () => {
    const a = { latitude: 0, longitude: 179.9 };
    const b = { latitude: 0, longitude: -179.9 };
    expect(distanceKm(a, b)).toBeCloseTo(22.2, 0);
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(
      20015.1,
      0,
    );
  });
});

describe("sortByDistance", () => {
  it("orders nearest first and rounds to one decimal", () => {
    const places = [
      { name: "Munich", ...munich },
      { name: "Hamburg", ...hamburg },
      { name: "Berlin", ...berlin },
    ];
    const potsdam = { latitude: 52.3906, longitude: 13.0645 };
    const sorted = sortByDistance(places, potsdam);
    expect(sorted.map((p) => p.name)).toEqual(["Berlin", "Hamburg", "Munich"]);
    expect(sorted[0]!.distanceKm).toBe(Math.round(distanceKm(potsdam, berlin) * 10) / 10);
    expect(String(sorted[0]!.distanceKm)).toMatch(/^\d+(\.\d)?$/);
  });
});
