export declare const CHROMIUM_COMMON_ARGS: string[];
export declare const CHROMIUM_ARGS: string[];
export declare function coursePageHtml(base: string): string;
