/** Base of the namespaces: each method is one delegated call to the core. */
export class APIResource {
    _core;
    constructor(core) {
        this._core = core;
    }
}
