import { describe, expect, it } from "vitest";
import {
  addClause,
  clauseKindOf,
  clausesForDraft,
  cleanClauses,
  draftProblem,
  moveClause,
  removeClause,
  setClauseMarkups,
  setClauseText,
} from "../../renderer/opinion/clauseList";

describe("clause list editing", () => {
  it("adds, edits, links, moves and removes sentences", () => {
    let clauses = addClause([]);
    clauses = setClauseText(clauses, 0, "Respect the 5 m street setback.");
    clauses = addClause(clauses);
    clauses = setClauseText(clauses, 1, "Lower the parapet to 1 m.");
    clauses = setClauseMarkups(clauses, 1, ["m1", "m2", "m1"]);

    expect(clauses).toEqual([
      { text: "Respect the 5 m street setback.", markupIds: [] },
      { text: "Lower the parapet to 1 m.", markupIds: ["m1", "m2"] },
    ]);

    const moved = moveClause(clauses, 1, -1);
    expect(moved.map((c) => c.text)).toEqual([
      "Lower the parapet to 1 m.",
      "Respect the 5 m street setback.",
    ]);
    expect(moveClause(clauses, 0, -1)).toEqual(clauses);
    expect(removeClause(clauses, 0)).toEqual([clauses[1]]);
  });

  it("never changes the list it was given", () => {
    const original = Object.freeze([
      Object.freeze({ text: "A", markupIds: [] }),
    ]);
    setClauseText(original, 0, "B");
    addClause(original);
    expect(original).toEqual([{ text: "A", markupIds: [] }]);
  });

  it("cleans blank sentences and links to deleted markups", () => {
    const cleaned = cleanClauses(
      [
        { text: "  Keep the tree.  ", markupIds: ["m1", "gone"] },
        { text: "   ", markupIds: ["m1"] },
      ],
      new Set(["m1"]),
    );
    expect(cleaned).toEqual([{ text: "Keep the tree.", markupIds: ["m1"] }]);
  });

  it("puts the sentences in the list the verdict carries", () => {
    const clauses = [{ text: "Missing site plan.", markupIds: [] }];
    const none = new Set<string>();

    expect(clausesForDraft("incomplete", clauses, none)).toEqual({
      conditions: [],
      reasons: clauses,
    });
    expect(
      clausesForDraft("favourable_with_conditions", clauses, none),
    ).toEqual({ conditions: clauses, reasons: [] });
    expect(clausesForDraft("favourable", clauses, none)).toEqual({
      conditions: [],
      reasons: [],
    });
    expect(clauseKindOf("unfavourable")).toBe("reasons");
  });

  it("asks for a sentence where the verdict needs one", () => {
    expect(draftProblem("favourable", [])).toBeNull();
    expect(draftProblem("favourable_with_conditions", [])).toBe(
      "opinion.error.needCondition",
    );
    expect(draftProblem("unfavourable", [{ text: "  ", markupIds: [] }])).toBe(
      "opinion.error.needReason",
    );
    expect(
      draftProblem("incomplete", [{ text: "No survey.", markupIds: [] }]),
    ).toBeNull();
  });
});
