// The embed code for each kind of course page (issue 20). Each host keeps different things of
// an <iframe>: Canvas and Moodle keep only plain attributes (no style, no loading), MDX needs
// JSX (camelCase attributes, a style object, numbers in braces), Hugo drops raw HTML unless a
// shortcode writes it, and MyST (Jupyter Book on Sphinx) takes raw HTML in a directive.

import { shareMsg } from '../../i18n/share';

/** The hosts, in the picker's order (their names: hostMsg in src/i18n/share.ts). */
export const HOSTS = ['html', 'lms', 'mdx', 'hugo', 'myst'] as const;
export type Host = (typeof HOSTS)[number];

/** The iframe's title in English (what a screen reader says of the frame; shareMsg has both). */
export const TITLE = shareMsg.en.embedTitle;
/** The name of the Hugo shortcode the snippet calls (its file: HUGO_SHORTCODE_FILE). */
export const HUGO_SHORTCODE = 'taylor-newton';
export const HUGO_SHORTCODE_PATH = `layouts/shortcodes/${HUGO_SHORTCODE}.html`;
/** The shortcode itself, saved once in the site (Hugo's templates escape the attributes). */
export const HUGO_SHORTCODE_FILE = `<iframe src="{{ .Get "src" }}" width="{{ .Get "width" }}" height="{{ .Get "height" }}" title="{{ .Get "title" }}" style="border:0;max-width:100%" loading="lazy" allow="fullscreen" allowfullscreen></iframe>`;

/** Text inside a double-quoted HTML attribute. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function iframeSnippet(src: string, width: number, height: number, title = TITLE): string {
  return `<iframe src="${attr(src)}" width="${width}" height="${height}" style="border:0;max-width:100%" title="${attr(title)}" loading="lazy" allow="fullscreen" allowfullscreen></iframe>`;
}

/** The embed code for a host. `src` is the embed URL (already URL-encoded). */
export function snippetFor(host: Host, src: string, width: number, height: number, title = TITLE): string {
  switch (host) {
    case 'html':
      return iframeSnippet(src, width, height, title);
    case 'lms':
      // only what Canvas's and Moodle's HTML filters keep
      return `<iframe src="${attr(src)}" width="${width}" height="${height}" title="${attr(title)}" allowfullscreen></iframe>`;
    case 'mdx':
      return `<iframe src=${JSON.stringify(src)} width={${width}} height={${height}} title=${JSON.stringify(title)} style={{ border: 0, maxWidth: '100%' }} loading="lazy" allow="fullscreen" allowFullScreen />`;
    case 'hugo':
      return `{{< ${HUGO_SHORTCODE} src="${src.replace(/"/g, '%22')}" width="${width}" height="${height}" title="${title.replace(/"/g, "'")}" >}}`;
    case 'myst':
      return `\`\`\`{raw} html\n${iframeSnippet(src, width, height, title)}\n\`\`\``;
  }
}
