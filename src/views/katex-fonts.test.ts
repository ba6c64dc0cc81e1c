// The one-file build keeps KaTeX's woff2 fonts only (KATEX_LEGACY_FONTS in vite.config.ts): the
// pattern must still find every woff/ttf pair in KaTeX's stylesheet and leave each woff2.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { KATEX_LEGACY_FONTS } from '../../vite.config';

const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');

describe("KaTeX's fonts in the one-file build", () => {
  it('drops every woff and ttf source and keeps every woff2 one', () => {
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBeGreaterThan(15);
    const out = css.replace(KATEX_LEGACY_FONTS, '');
    expect(out).not.toMatch(/\.woff\)|\.ttf\)/);
    expect(out.match(/\.woff2\) format\("woff2"\)/g)).toHaveLength(faces.length);
  });
});
