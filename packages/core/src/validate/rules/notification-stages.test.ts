import { describe, expect, it } from "vitest";
import { scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { notificationDeadlineOrStages, notificationStageEvents } from "./notification-stages.js";

const stage = (deadline?: string, from?: string) => ({ name: { en: "Stage", es: "Etapa" }, ...(deadline ? { deadline } : {}), ...(from ? { from } : {}) });

describe("notification stages", () => {
  it("accept the single-deadline form, stages with events, and stages without a deadline", () => {
    expect(notificationDeadlineOrStages(scaleCtx((d) => (d.levels[3].notification = { deadline: "PT72H", mandatory: true })))).toEqual([]);
    const staged = scaleCtx((d) => (d.levels[3].notification = { stages: [stage("PT24H", "awareness"), stage("P1M", "notification"), stage()] }));
    expect(notificationDeadlineOrStages(staged)).toEqual([]);
    expect(notificationStageEvents(staged)).toEqual([]);
  });

  it("refuse a deadline beside stages", () => {
    expect(notificationDeadlineOrStages(scaleCtx((d) => (d.levels[3].notification = { deadline: "PT72H", stages: [stage("PT24H", "awareness")] })))).toEqual([
      { code: "notification_deadline_and_stages", severity: "error", pointer: "/levels/3/notification/deadline", params: { level: "L4" } },
    ]);
  });

  it("warn when a stage's deadline does not say what it is counted from", () => {
    expect(notificationStageEvents(scaleCtx((d) => (d.levels[3].notification = { stages: [stage("PT24H", "awareness"), stage("PT72H")] })))).toEqual([
      { code: "notification_stage_event_missing", severity: "warning", pointer: "/levels/3/notification/stages/1/deadline", params: { level: "L4", stage: 2, deadline: "PT72H" } },
    ]);
  });
});
