import type { Client } from "openapi-fetch";
import type { operations, paths } from "../../generated/openapi.js";
import type { ApiCore } from "./api.js";

type Json<T> = T extends { content: { "application/json": infer Body } } ? Body : never;
type Responses<K extends keyof operations> = operations[K]["responses"];

/** The JSON answer of operation `K` on success (200 or 201), as the spec defines it. */
export type Ok<K extends keyof operations> = Json<Responses<K>[Extract<keyof Responses<K>, 200 | 201>]>;
/** The JSON request body of operation `K`. */
export type Body<K extends keyof operations> = Json<NonNullable<operations[K]["requestBody"]>>;
/** The query parameters of operation `K`. */
export type Query<K extends keyof operations> = NonNullable<operations[K]["parameters"]["query"]>;

/** Base of the namespaces: each method is one typed call on the package's openapi-fetch client. */
export class APIResource {
  protected readonly _core: ApiCore;
  protected readonly _api: Client<paths>;

  constructor(core: ApiCore) {
    this._core = core;
    this._api = core.client;
  }
}
