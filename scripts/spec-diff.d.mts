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
export function loadPair(baseFile: string, headFile: string): [unknown, unknown];
