export interface Packed {
  /** The tarball's absolute path. */
  tarball: string;
  /** The paths inside it, sorted, as `npm pack --json` lists them. */
  files: string[];
}
export function pack(dir: string): Packed;
