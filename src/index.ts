export * from "./errors.js";
export type * from "./management.js";
export { KontextManagementClient } from "./management.js";
