import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";

/**
 * `notification_deadline_and_stages` (error): a level's notification gives both a single
 * `deadline` and `stages`; which one holds is unclear. Give the deadline as a stage instead.
 */
export function notificationDeadlineOrStages(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  ctx.document.levels.forEach((level, i) => {
    const n = level.notification;
    if (n?.deadline !== undefined && n.stages !== undefined) out.push(issue("notification_deadline_and_stages", ["levels", i, "notification", "deadline"], { level: level.code }));
  });
  return out;
}

/**
 * `notification_stage_event_missing` (warning): a notification stage has a deadline but does not
 * say which event it is counted from (`from`: detection, awareness or the previous notification);
 * "within 72 hours" means different things from each.
 */
export function notificationStageEvents(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  ctx.document.levels.forEach((level, i) => {
    (level.notification?.stages ?? []).forEach((stage, j) => {
      if (stage.deadline !== undefined && stage.from === undefined) {
        out.push(issue("notification_stage_event_missing", ["levels", i, "notification", "stages", j, "deadline"], { level: level.code, stage: j + 1, deadline: stage.deadline }));
      }
    });
  });
  return out;
}
