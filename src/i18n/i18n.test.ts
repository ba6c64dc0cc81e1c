import { describe, expect, it } from 'vitest';
import { browserLang, currentLang, messages, setLang } from './i18n';

describe('language', () => {
  it("follows the browser's first English or Chinese locale, else English", () => {
    expect(browserLang(['zh-CN', 'en'])).toBe('zh');
    expect(browserLang(['zh-TW'])).toBe('zh');
    expect(browserLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(browserLang(['de-DE', 'zh'])).toBe('zh');
    expect(browserLang(['fr'])).toBe('en');
    expect(browserLang([])).toBe('en');
    expect(browserLang(undefined)).toBe('en');
  });
  it('a catalog answers in the language in use', () => {
    const m = messages({ hi: 'hello', n: (k: number) => `${k} steps` }, { hi: '你好', n: (k) => `${k} 步` });
    setLang('zh');
    expect(currentLang()).toBe('zh');
    expect(m().hi).toBe('你好');
    expect(m().n(3)).toBe('3 步');
    setLang('en');
    expect(m().n(3)).toBe('3 steps');
    expect(m.in('zh').hi).toBe('你好');
  });
});
