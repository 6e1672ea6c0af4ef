import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import en from "@/messages/personalization-controls/en.json";
import { InterestsForm } from "./interests-form";
import { LevelForm } from "./level-form";
import { MarkCategoryForm, NotInterestedMarks } from "./not-interested";
import { ObjectionForm } from "./objection-form";

vi.mock("@/lib/actions/personalization", () => ({
  setLevelAction: vi.fn(),
  setInterestsAction: vi.fn(),
  markNotInterestedAction: vi.fn(),
  undoNotInterestedAction: vi.fn(),
  restoreOfferAction: vi.fn(),
  objectToProfilingAction: vi.fn(),
  liftObjectionAction: vi.fn(),
}));

function render(node: React.ReactNode) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="Europe/Berlin">
      {node}
    </NextIntlClientProvider>,
  );
}

describe("personalization controls", () => {
  it("checks the saved level and explains each choice", () => {
    const html = render(<LevelForm level="session" />);
    expect(html).toContain("<legend");
    expect(html).toMatch(/<input type="radio" id="level-session"[^>]*checked=""/);
    expect(html).not.toMatch(/<input type="radio" id="level-off"[^>]*checked=""/);
    expect(html).toContain('aria-describedby="level-full-hint"');
    expect(html).toContain("This visit only");
    expect(html).toMatch(/role="status"/);
  });

  it("ticks the stated interests", () => {
    const html = render(
      <InterestsForm
        categories={[
          { id: "a", name: "Books", interested: true },
          { id: "b", name: "Cameras", interested: false },
        ]}
      />,
    );
    expect(html).toMatch(/id="interest-a"[^>]*name="categoryId"[^>]*checked=""/);
    expect(html).not.toMatch(/id="interest-b"[^>]*checked=""/);
    expect(html).toContain('<label for="interest-b">Cameras</label>');
  });

  it("names each undo button after its mark, and offers only unmarked categories", () => {
    const marks = render(
      <NotInterestedMarks
        marks={[
          {
            id: "m1",
            label: "Category: Books",
            name: "Books",
            since: { iso: "2026-03-02T10:00:00.000Z", label: "2 Mar 2026" },
          },
        ]}
      />,
    );
    expect(marks).toContain("Undo “not interested” for Books");
    expect(marks).toContain('<input type="hidden" name="id" value="m1"/>');
    expect(render(<NotInterestedMarks marks={[]} />)).toContain("You have not marked any");
    const form = render(<MarkCategoryForm categories={[{ id: "c", name: "Cameras" }]} />);
    expect(form).toContain('<label for="mark-category"');
    expect(form).toContain('<option value="c">Cameras</option>');
    expect(render(<MarkCategoryForm categories={[]} />)).toContain("You have marked every");
  });

  it("objects with one button and no reason field; lifts when in force", () => {
    const open = render(<ObjectionForm active={false} since={null} />);
    expect(open).toContain("Object to profiling for marketing</button>");
    expect(open).not.toMatch(/<(textarea|input|select)/);
    const active = render(<ObjectionForm active since="2 Mar 2026" />);
    expect(active).toContain("Your objection has been in force since 2 Mar 2026.");
    expect(active).toContain("Lift objection</button>");
    expect(active).not.toContain("Object to profiling for marketing</button>");
  });
});
