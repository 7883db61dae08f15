import { describe, expect, it } from "vitest";
import { intervalText } from "./interval-text.js";

describe("intervalText", () => {
  it("shows a one-level band as its level and a wider band as min–max", () => {
    expect(intervalText({ min: "R2", max: "R2" })).toBe("R2");
    expect(intervalText({ min: "R1", max: "R3" })).toBe("R1–R3");
  });
});
