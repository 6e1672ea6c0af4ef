import type { StockState } from "./nearby";

/** One store of the answer, with its texts already in the visitor's language. */
export type NearbyStoreView = {
  id: string;
  name: string;
  address: string;
  distance: string;
  stock: StockState;
  stockLabel: string;
  openNow: boolean;
  status: string;
  today: string;
};

/** What the "Nearby" form shows: nothing yet, an answer, a postcode to correct, or an error. */
export type NearbyState =
  | { status: "idle" }
  | {
      status: "ok";
      source: "location" | "postcode";
      postalCode: string;
      summary: string;
      stores: NearbyStoreView[];
    }
  | { status: "invalid"; postalCode: string; error: string }
  | { status: "error"; message: string; postalCode: string };

export const NEARBY_IDLE: NearbyState = { status: "idle" };
