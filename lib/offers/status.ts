import type { OfferStatusCommand } from "./input";

export type OfferStatus = "draft" | "scheduled" | "active" | "paused" | "ended";

export type StatusChange =
  { ok: true; status: OfferStatus } | { ok: false; reason: "not_allowed" | "already_over" };

/**
 * The offer's life: activating (or resuming) makes it active, or scheduled when its start lies
 * ahead; pausing stops it for a while; ending is final. An offer whose end has passed cannot start.
 */
export function nextOfferStatus(
  offer: { status: OfferStatus; startsAt: Date; endsAt: Date },
  command: OfferStatusCommand,
  now: Date,
): StatusChange {
  switch (command) {
    case "activate":
      if (offer.status === "active" || offer.status === "ended")
        return { ok: false, reason: "not_allowed" };
      if (now >= offer.endsAt) return { ok: false, reason: "already_over" };
      return { ok: true, status: now < offer.startsAt ? "scheduled" : "active" };
    case "pause":
      if (offer.status !== "active" && offer.status !== "scheduled")
        return { ok: false, reason: "not_allowed" };
      return { ok: true, status: "paused" };
    case "end":
      if (offer.status === "ended") return { ok: false, reason: "not_allowed" };
      return { ok: true, status: "ended" };
  }
}

/** Which buttons an offer in this status offers. */
export function availableCommands(status: OfferStatus): OfferStatusCommand[] {
  switch (status) {
    case "draft":
    case "paused":
      return ["activate", "end"];
    case "scheduled":
    case "active":
      return ["pause", "end"];
    case "ended":
      return [];
  }
}
