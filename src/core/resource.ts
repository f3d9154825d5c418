import type { ApiCore } from "./api.js";

/** Base of the namespaces: each method is one delegated call to the core. */
export class APIResource {
  protected readonly _core: ApiCore;

  constructor(core: ApiCore) {
    this._core = core;
  }
}
