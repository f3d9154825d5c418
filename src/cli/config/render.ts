import { KIND_LABEL } from "./model.js";
import { type Plan, summarize } from "./plan.js";

const show = (value: unknown) => JSON.stringify(value);

/** The plan as `kontext plan` prints it: `+` create, `~` update, attach/detach, `-` archive/revoke. */
export function renderPlan(plan: Plan): string {
  const lines: string[] = [];
  for (const c of plan.changes) {
    const what = `${KIND_LABEL[c.kind]} ${show(c.name)}`;
    switch (c.action) {
      case "create":
        lines.push(`+ create ${what}`);
        for (const f of c.fields ?? [])
          lines.push(`      ${f.field}: ${f.new === "(write-only)" ? f.new : show(f.new)}`);
        break;
      case "update":
        lines.push(`~ update ${what}`);
        for (const f of c.fields ?? []) {
          lines.push(
            f.new === "(write-only)"
              ? `      ${f.field}: (write-only, sent again)`
              : `      ${f.field}: ${show(f.old)} → ${show(f.new)}`,
          );
        }
        break;
      case "attach":
        lines.push(`  attach integration ${show(c.integration)} to ${what}`);
        break;
      case "detach":
        lines.push(`  detach integration ${show(c.integration)} from ${what}`);
        break;
      default:
        lines.push(`- ${c.action} ${what}`);
    }
  }
  const counts = summarize(plan);
  const out: string[] = [];
  if (counts.total === 0) out.push("No changes: the organization matches the file.");
  else out.push(...lines, "");
  if (plan.notCompared.length > 0) {
    out.push(
      `Not compared (the API never returns them; sent on create, and again only with --force-write-only): ${plan.notCompared
        .map((n) => `${KIND_LABEL[n.kind]} ${show(n.name)} ${n.field}`)
        .join(", ")}`,
    );
  }
  for (const n of plan.notices)
    out.push(`Note: ${"kind" in n ? `${KIND_LABEL[n.kind]} ${show(n.name)}: ` : ""}${n.message}`);
  if (counts.total > 0) {
    out.push(
      `Plan: ${counts.create} to create, ${counts.update} to update, ${counts.attach} to attach, ${counts.detach} to detach, ${counts.archive} to archive, ${counts.revoke} to revoke.`,
    );
  }
  return `${out.join("\n")}\n`;
}

/** The machine-readable plan of `--output json`: the changes, never a step's request body. */
export function planJson(plan: Plan, warnings: string[]): unknown {
  return {
    changes: plan.changes,
    summary: summarize(plan),
    notCompared: plan.notCompared,
    notices: plan.notices,
    warnings,
  };
}
