/**
 * The command table of the spec the package ships (generated/spec.ts), built once per process.
 * @module
 */
import { spec } from "../../generated/spec.js";
import { commandTable, type Namespaces } from "./commands.js";

let built: Namespaces | undefined;

/** The namespaces and commands of `kontext`. */
export function table(): Namespaces {
  built ??= commandTable(spec);
  return built;
}
