// Types of bundle.mjs (for the e2e size budget's test).
export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
}
export interface Sizes {
  raw: number;
  gzip: number;
  chunks: ChunkSize[];
}
export declare const INITIAL_GZIP_BUDGET: number;
export declare function shippedJs(dist: string): {
  note: string;
  initial: Sizes;
  lazy: Sizes;
  totalJs: { raw: number; gzip: number };
  css: Sizes;
  targetGzip: number;
};
