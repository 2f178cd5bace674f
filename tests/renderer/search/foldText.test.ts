import { describe, expect, it } from "vitest";
import { foldQuery, foldText } from "../../../renderer/search/foldText";

describe("folding text for search", () => {
  it("ignores case and French accents, and types ligatures out", () => {
    expect(foldQuery("Séjour")).toBe("sejour");
    expect(foldQuery("ÉTAGE")).toBe("etage");
    expect(foldQuery("Façade à l'Œuvre")).toBe("facade a l'oeuvre");
    expect(foldQuery("ﬁnition")).toBe("finition");
  });

  it("treats curly and straight apostrophes alike", () => {
    expect(foldQuery("Hall d’entrée")).toBe(foldQuery("hall d'entree"));
  });

  it("drops Arabic tashkeel and tatweel", () => {
    // "مَدْرَسَة" with fatha, sukun, fatha and a tatweel inside.
    expect(foldQuery("مَدْرَ\u0640سَة")).toBe(foldQuery("مدرسه"));
    expect(foldQuery("الطــابق")).toBe(foldQuery("الطابق"));
  });

  it("makes the alef forms one, and ة/ه and ى/ي", () => {
    expect(foldQuery("أرض")).toBe("ارض");
    expect(foldQuery("إدارة")).toBe(foldQuery("اداره"));
    expect(foldQuery("آبار")).toBe("ابار");
    expect(foldQuery("مستشفى")).toBe(foldQuery("مستشفي"));
    expect(foldQuery("ٱلمدينة")).toBe(foldQuery("المدينه"));
  });

  it("reads Arabic presentation forms and Arabic-Indic digits", () => {
    // "ارض" as isolated/final presentation forms, as some PDFs store it.
    expect(foldQuery("\uFE8D\uFEAD\uFEBD")).toBe("ارض");
    expect(foldQuery("١٢٣ ۴۵")).toBe("123 45");
  });

  it("collapses whitespace, no-break spaces included", () => {
    expect(foldQuery("  S =\u00A033.54\u202Fm²  ")).toBe("s = 33.54 m2");
  });

  it("reads a decimal comma and a decimal point between digits alike", () => {
    expect(foldQuery("17,53")).toBe(foldQuery("17.53"));
    expect(foldQuery("S = 33,54 m²")).toBe(foldQuery("s = 33.54 m2"));
    // The Arabic decimal separator, with Arabic-Indic digits.
    expect(foldQuery("١٧٫٥٣")).toBe("17.53");
    // Commas that separate words or a list stay commas.
    expect(foldQuery("R+2, 17")).toBe("r+2, 17");
    expect(foldQuery("a,b")).toBe("a,b");
    const { text, origins } = foldText("L=17,53");
    expect(text).toBe("l=17.53");
    expect(origins).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("keeps the way back to the original characters", () => {
    const { text, origins } = foldText("Sé  jour");
    expect(text).toBe("se jour");
    // "j" follows "S", "é" and two spaces: original index 4.
    expect(origins[text.indexOf("j")]).toBe(4);
    expect(origins).toHaveLength(text.length);
  });

  it("gives every unit of a folded character the same origin", () => {
    const { text, origins } = foldText("œil");
    expect(text).toBe("oeil");
    expect(origins).toEqual([0, 0, 1, 2]);
  });
});
