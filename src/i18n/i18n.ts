// The interface's language (CONTRACT §1 `lang`): English or simplified Chinese. Every word on
// screen comes from a typed message catalog made by `messages(en, zh)`: both languages must
// have every key, with the same argument types, or the build fails (a missing translation is
// a type error). Catalogs live beside the code that shows them (`*.msg.ts`) and are listed in
// the README, so a teacher can correct a term. Numbers and formulas are not translated.
//
// The language in use is held here (not in the scene store) so that code outside React
// (run statuses, URL messages, the CSV's headers) can read it too; the App keeps it in step
// with the scene's `lang` (or the browser's language when the link names none).
import { create } from 'zustand';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** A message: plain text, or a function of its arguments (numbers are formatted by the caller). */
export type Msg = string | ((...args: never[]) => string);
export type Catalog = Record<string, Msg>;

interface LangState {
  lang: Lang;
}

export const useLangStore = create<LangState>(() => ({ lang: 'en' }));

/** The language in use, for code outside React. */
export const currentLang = (): Lang => useLangStore.getState().lang;

export function setLang(lang: Lang): void {
  if (useLangStore.getState().lang === lang) return;
  useLangStore.setState({ lang });
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
}

/** The browser's language when the link names none: Chinese for any zh-* locale, else English. */
export function browserLang(languages: readonly string[] | undefined): Lang {
  for (const l of languages ?? []) {
    const low = l.toLowerCase();
    if (low.startsWith('zh')) return 'zh';
    if (low.startsWith('en')) return 'en';
  }
  return 'en';
}

/** The language a scene asks for: its `lang`, else the browser's. */
export function resolveLang(lang: Lang | null): Lang {
  if (lang) return lang;
  if (typeof navigator === 'undefined') return 'en';
  return browserLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export interface Messages<T extends Catalog> {
  /** the catalog of the language in use (outside React) */
  (): T;
  /** the catalog of one language */
  in: (lang: Lang) => T;
  readonly en: T;
  readonly zh: T;
}

/** A typed catalog: `zh` must have exactly `en`'s keys and argument types. */
export function messages<T extends Catalog>(en: T, zh: NoInfer<T>): Messages<T> {
  const get = (() => (currentLang() === 'zh' ? zh : en)) as Messages<T>;
  Object.assign(get, { in: (lang: Lang) => (lang === 'zh' ? zh : en), en, zh });
  return get;
}

/** The catalog in the language in use; the component re-renders when the language changes. */
export function useMsg<T extends Catalog>(m: Messages<T>): T {
  const lang = useLangStore((s) => s.lang);
  return m.in(lang);
}

/** The language in use, for components that choose between whole texts. */
export const useLang = (): Lang => useLangStore((s) => s.lang);

/** Both languages of a text kept side by side (long texts: tours, presets). */
export type Bilingual = Record<Lang, string>;

/** A catalog from a table of texts kept side by side, `{ key: { en, zh } }`. */
export function bilingual<K extends string>(table: Record<K, Bilingual>): Messages<Record<K, string>> {
  const side = (lang: Lang) =>
    Object.fromEntries(Object.entries<Bilingual>(table).map(([k, v]) => [k, v[lang]])) as Record<K, string>;
  return messages(side('en'), side('zh'));
}

/** A record whose values are read when they are read (so in the language in use then), for
 *  tables other code indexes by key (the runs' labels, the statuses' words). */
export function liveRecord<K extends string>(keys: readonly K[], read: (key: K) => string): Record<K, string> {
  return Object.defineProperties(
    {} as Record<K, string>,
    Object.fromEntries(keys.map((k) => [k, { get: () => read(k), enumerable: true }])),
  );
}
