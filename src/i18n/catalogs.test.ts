// Every catalog: both languages have the same keys and argument counts, no message is empty,
// and the Chinese side has no English word outside the allowed Latin list (names, keys,
// formats, code). A missing translation is already a type error; this also catches a string
// copied into zh untranslated.
import { describe, expect, it } from 'vitest';
import type { Catalog, Messages } from './i18n';
import { englishWords } from './latin';

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts', '!./i18n.ts', '!./latin.ts'], {
  eager: true,
});

const catalogs: [string, Messages<Catalog>][] = [];
for (const [file, mod] of Object.entries(modules))
  for (const [name, v] of Object.entries(mod))
    if (typeof v === 'function' && 'en' in v && 'zh' in v) catalogs.push([`${file}:${name}`, v as Messages<Catalog>]);

/** Sample arguments: numbers where a message formats numbers, else a neutral string. */
function sample(fn: (...a: unknown[]) => string): string {
  const args = Array.from({ length: fn.length }, (_, i) => i + 2);
  try {
    return fn(...args);
  } catch {
    return fn(...args.map(String));
  }
}

describe('message catalogs', () => {
  it('are found', () => {
    expect(catalogs.length).toBeGreaterThan(2);
  });
  for (const [name, m] of catalogs) {
    it(`${name}: zh has en's keys, arities, and no English words`, () => {
      expect(Object.keys(m.zh).sort()).toEqual(Object.keys(m.en).sort());
      for (const k of Object.keys(m.en)) {
        const en = m.en[k];
        const zh = m.zh[k];
        expect(typeof zh, k).toBe(typeof en);
        const text = typeof zh === 'function' ? sample(zh as (...a: unknown[]) => string) : zh;
        if (typeof en === 'function') expect((zh as (...a: unknown[]) => string).length, k).toBe(en.length);
        if ((typeof en === 'string' ? en : 'x').trim() !== '') expect(text.trim(), k).not.toBe('');
        expect(englishWords(text), `${name}.${k}: ${text}`).toEqual([]);
      }
    });
  }
});
