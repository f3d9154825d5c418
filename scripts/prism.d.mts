export function freePort(): Promise<number>;
export function startPrism(options?: { port?: number; spec?: string; quiet?: boolean }): Promise<{
  url: string;
  port: number;
  stop(): Promise<void>;
  log(): string;
}>;
