// One Prism process of our own spec for the whole run; tests reach it with inject("prismUrl").
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { startPrism } from "../../scripts/prism.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const prism = await startPrism();
  project.provide("prismUrl", prism.url);
  return () => prism.stop();
}
