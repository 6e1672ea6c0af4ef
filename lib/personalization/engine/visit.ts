import type { ViewSignal } from "../types";
import { compareIds } from "./compare";
import { VISIT_GAP_MINUTES } from "./weights";

const GAP_MS = VISIT_GAP_MINUTES * 60_000;

/**
 * The views of the current visit, newest first: going back from `now`, each view at most 30
 * minutes before the next one (the newest within 30 minutes of now). Views after `now` are left
 * out: they cannot belong to a visit that is being looked at now.
 */
export function currentVisit(views: readonly ViewSignal[], now: Date): ViewSignal[] {
  const sorted = views
    .filter((v) => v.at.getTime() <= now.getTime())
    .sort((a, b) => b.at.getTime() - a.at.getTime() || compareIds(a.productId, b.productId));
  const visit: ViewSignal[] = [];
  let edge = now.getTime();
  for (const view of sorted) {
    if (edge - view.at.getTime() > GAP_MS) break;
    visit.push(view);
    edge = view.at.getTime();
  }
  return visit;
}
