import { describe, expect, it } from "vitest";
import { NAME_MAX, normaliseName, validateName } from "./validate";

describe("organisation name validation", () => {
  it("refuses an empty or blank name", () => {
    expect(validateName("")?.id).toBe("ui-org-name-error-empty");
    expect(validateName(normaliseName("  \u3000 "))?.id).toBe("ui-org-name-error-empty");
  });

  it("accepts 1 to 200 characters, counted as Unicode scalar values", () => {
    expect(validateName("A")).toBeNull();
    expect(validateName("网".repeat(NAME_MAX))).toBeNull();
    expect(validateName("😀".repeat(NAME_MAX))).toBeNull(); // 400 UTF-16 units, 200 chars
  });

  it("refuses more than 200 characters and reports the length", () => {
    expect(validateName("a".repeat(201))).toEqual({
      id: "ui-org-name-error-too-long", args: { max: 200, length: 201 },
    });
  });

  it("refuses control characters", () => {
    for (const c of ["\u0000", "\u0007", "\n", "\t", "\u007f", "\u0085", "\u009f"]) {
      expect(validateName(`Acme${c}Ltd`)?.id).toBe("ui-org-name-error-control");
    }
  });

  it("trims surrounding whitespace", () => {
    expect(normaliseName("  小王便利店 \n")).toBe("小王便利店");
  });
});
