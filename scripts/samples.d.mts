// Types of scripts/samples.mjs for the tests that import it.
export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}
export function loadSpec(): Record<string, unknown>;
export function samplesFor(
  spec: Record<string, unknown>,
  table: Record<string, readonly string[]>,
): Record<string, CodeSample[]>;
export function expected(): Promise<{ yaml: string; readme: string }>;
