import { describe, expect, it } from "vitest";
import { minutesAgo, NOW, view } from "./fixtures";
import { currentVisit } from "./visit";

const ids = (views: ReturnType<typeof currentVisit>) => views.map((v) => v.productId);

describe("currentVisit", () => {
  it("is empty without views or when the newest view is more than 30 minutes old", () => {
    expect(currentVisit([], NOW)).toEqual([]);
    expect(currentVisit([view("a", minutesAgo(31))], NOW)).toEqual([]);
  });

  it("goes back while views are at most 30 minutes apart and stops at the first longer gap", () => {
    const views = [
      view("a", minutesAgo(5)),
      view("b", minutesAgo(20)),
      view("c", minutesAgo(45)),
      view("d", minutesAgo(80)), // 35 minutes before c: the previous visit
      view("e", minutesAgo(85)),
    ];
    expect(ids(currentVisit(views, NOW))).toEqual(["a", "b", "c"]);
  });

  it("keeps a gap of exactly 30 minutes inside the visit", () => {
    const views = [view("a", minutesAgo(30)), view("b", minutesAgo(60)), view("c", minutesAgo(91))];
    expect(ids(currentVisit(views, NOW))).toEqual(["a", "b"]);
  });

  it("sorts its input newest first and leaves out views after now", () => {
    const views = [
      view("old", minutesAgo(25)),
      view("future", minutesAgo(-5)),
      view("new", minutesAgo(2)),
    ];
    expect(ids(currentVisit(views, NOW))).toEqual(["new", "old"]);
  });
});
