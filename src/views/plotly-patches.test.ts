// The build's changes to plotly.js's 3D code (PLOTLY_PATCHES in vite.config.ts) must each find
// exactly one place in the installed plotly.js: an upgrade that moves the code fails here,
// before a build that would fail, and before a patch that would silently apply twice.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PLOTLY_PATCHES } from '../../vite.config';

const require = createRequire(import.meta.url);

describe('PLOTLY_PATCHES', () => {
  it.each(PLOTLY_PATCHES.map((p) => [p.file, p] as const))('%s: one place, replaced as written', (file, p) => {
    const code = readFileSync(require.resolve(file), 'utf8');
    expect(code.split(p.find).length - 1).toBe(1);
    const patched = code.replace(p.find, p.replace);
    expect(patched).toContain(p.replace);
    expect(patched.length - code.length).toBe(p.replace.length - p.find.length);
  });

  it('the label canvas is read back from memory and is smaller, and no-refine surfaces keep their samples', () => {
    const all = PLOTLY_PATCHES.map((p) => p.replace).join('\n');
    expect(all).toContain('willReadFrequently: true');
    expect(all).toContain('defaultCanvas.width = 4096');
    expect(all).toContain("data.meta === 'no-refine'");
  });
});
