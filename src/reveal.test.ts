import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A document with the shell and the root, as index.html has them (no MutationObserver here). */
function fakeDocument() {
  const attrs = new Map<string, string>();
  let shell: { removed: boolean } | null = { removed: false };
  const doc = {
    documentElement: {
      setAttribute: (k: string, v: string) => attrs.set(k, v),
      removeAttribute: (k: string) => attrs.delete(k),
    },
    getElementById: (id: string) =>
      id === 'boot-shell' && shell
        ? {
            remove: () => {
              shell!.removed = true;
              shell = null;
            },
          }
        : id === 'root'
          ? { querySelector: () => null }
          : null,
  };
  return { doc: doc as unknown as Document, attrs, shellGone: () => shell === null };
}

describe('reveal: the first screen appears at once', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('hides the root until reveal, then shows it and removes the shell, once', async () => {
    const { holdFirstScreen, reveal, revealed } = await import('./reveal');
    const { doc, attrs, shellGone } = fakeDocument();
    holdFirstScreen(doc);
    expect(attrs.has('data-loading')).toBe(true);
    expect(shellGone()).toBe(false);
    expect(revealed()).toBe(false);
    reveal(doc);
    expect(attrs.has('data-loading')).toBe(false);
    expect(attrs.get('data-shown-by')).toBe('ready');
    expect(shellGone()).toBe(true);
    expect(revealed()).toBe(true);
    // a later hold does not hide it again
    holdFirstScreen(doc);
    expect(attrs.has('data-loading')).toBe(false);
  });

  it('shows the page after HOLD_MS in any case (never a page left hidden)', async () => {
    const { holdFirstScreen, HOLD_MS, revealed } = await import('./reveal');
    const { doc, attrs, shellGone } = fakeDocument();
    holdFirstScreen(doc);
    vi.advanceTimersByTime(HOLD_MS - 1);
    expect(attrs.has('data-loading')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(attrs.has('data-loading')).toBe(false);
    expect(attrs.get('data-shown-by')).toBe('timeout');
    expect(shellGone()).toBe(true);
    expect(revealed()).toBe(true);
  });
});
