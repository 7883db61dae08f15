import { describe, expect, it } from "vitest";
import { scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { publishedAfterSources, publishedIsRevisionDate } from "./published-date.js";

describe("publishedIsRevisionDate", () => {
  it("accepts a published date that is the current version's revision date", () => {
    expect(publishedIsRevisionDate(scaleCtx().scale)).toEqual([]);
  });

  it("warns when published and the revision date of this version differ", () => {
    const { scale } = scaleCtx((d) => (d.published = "2026-03-01"));
    const date = scale.revisionHistory.find((e) => e.version === scale.version)!.date;
    expect(publishedIsRevisionDate(scale)).toEqual([
      { code: "published_not_revision_date", severity: "warning", pointer: "/published", params: { published: "2026-03-01", version: scale.version, date } },
    ]);
  });

  it("leaves a history without the current version to revision_history_not_current", () => {
    expect(publishedIsRevisionDate(scaleCtx((d) => (d.version = "9.0.0")).scale)).toEqual([]);
  });
});

describe("publishedAfterSources", () => {
  it("accepts sources dated on or before published, and sources without a date", () => {
    const { scale } = scaleCtx((d) => (d.sources = [{ title: "Scheme", date: "2018-04-12" }, { title: "Same day", date: d.published }, { title: "Undated" }]));
    expect(publishedAfterSources(scale)).toEqual([]);
  });

  it("warns at a source dated after published", () => {
    const { scale } = scaleCtx((d) => (d.sources = [{ title: "Old" }, { title: "Amendment", date: "2099-01-01" }]));
    expect(publishedAfterSources(scale)).toEqual([
      { code: "published_before_source", severity: "warning", pointer: "/sources/1/date", params: { published: scale.published, date: "2099-01-01" } },
    ]);
  });
});
