import { MARK_END, MARK_START } from './search-request.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A highlighted fragment as safe HTML: the article text escaped, matches in <mark>…</mark>. */
export function highlightToHtml(fragment: string): string {
  let html = '';
  let open = false;
  for (const part of fragment.split(/([\uE000\uE001])/)) {
    if (part === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MARK_END) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}

/** The fragment as plain text, markers removed. */
export function highlightToText(fragment: string): string {
  return fragment.replace(/[\uE000\uE001]/g, '');
}

export function countMarks(fragments: readonly string[]): number {
  return fragments.reduce((n, f) => n + (f.split(MARK_START).length - 1), 0);
}
