// Placeholder until the `plan` / `apply` / `export` commands land here (branch `plan`).
import { type Command, EXIT } from "../context.js";

function unavailable(name: string): Command {
  return async (ctx) => {
    ctx.stderr.write(`kontext: ${name} is not available yet\n`);
    return EXIT.usage;
  };
}

export const plan: Command = unavailable("plan");
export const apply: Command = unavailable("apply");
const exportCommand: Command = unavailable("export");

export { exportCommand as export };
