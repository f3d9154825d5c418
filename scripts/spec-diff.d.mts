export interface Change {
  id: string;
  level: "breaking" | "warning" | "info";
  operation: string;
  method: string;
  path: string;
  message: string;
}
export const LEVELS: readonly ["breaking", "warning", "info"];
export class SpecReadError extends Error {}
export function loadSpec(file: string): unknown;
export function parseSpec(text: string, name: string): unknown;
export function diffSpecs(base: unknown, head: unknown): Change[];
export function formatChanges(changes: Change[]): string;
/** `spec:diff BASE HEAD [--json]`: prints each line with `out` or `err`; answers the exit status (0, 1 or 2). */
export function main(args: string[], io?: { out?: (line: string) => void; err?: (line: string) => void }): 0 | 1 | 2;
