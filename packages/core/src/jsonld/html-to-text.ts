// Turns the HTML that JSON-LD descriptions often carry into the plain text a Project holds.
// Internal: used by fromJobPosting. The output never contains anything that looks like a tag,
// so it stays inert even if a renderer someday forgets to escape it.

// The named references decoded: each name followed by the one character it stands for (packed
// into one string, about half the bytes of an object literal in the one-file bundle).
const NAMED_PACKED = 'amp&lt<gt>quot"apos\'nbsp ensp emsp thinsp ndash–mdash—hellip…lsquo‘rsquo’ldquo“rdquo”laquo«raquo»bull•middot·copy©reg®trade™euro€pound£yen¥cent¢times×divide÷deg°iexcl¡iquest¿sect§aacuteáeacuteéiacuteíoacuteóuacuteúntildeñuumlüAacuteÁEacuteÉIacuteÍOacuteÓUacuteÚNtildeÑUumlÜagraveàegraveèccedilçecircêocircôaumläoumlöszligßAumlÄOumlÖ';
let named: Map<string, string> | undefined;

function namedReference(name: string): string | undefined {
  named ??= new Map(Array.from(NAMED_PACKED.matchAll(/([A-Za-z]+)([^A-Za-z])/g), (m) => [m[1]!, m[2]!]));
  return named.get(name);
}

/** Decodes named (common ones) and numeric character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Like browsers: NUL, surrogates and out-of-range points become the replacement character.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    // A Map, not an object: "&constructor;" must not reach Object.prototype.
    return namedReference(body) ?? whole;
  });
}

// Elements whose content is never text a reader should see.
const HIDDEN = /<(script|style|template|noscript|iframe|object|svg|math|head|title)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// A tag, with quoted attribute values that may contain '>'. An unterminated tag or quote runs
// to the end, as in a browser; it also means the pattern never fails once started, so it cannot
// rescan the rest of the input from every '<' (quadratic time on hostile input).
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:"[^"]*(?:"|$)|'[^']*(?:'|$)|[^'">])*(?:>|$)/g;
// Anything still shaped like markup after the careful pass (unbalanced quotes, `<!x`, `<?x`).
const LEFTOVER = /<[A-Za-z!?/][^>]*(?:>|$)/g;
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre', 'section', 'article', 'header', 'footer']);
const LINE = new Set(['div', 'tr', 'dt', 'dd', 'hr']);
// Control characters cannot appear in the input (they are removed first), so they can mark
// block boundaries while tags are replaced.
const LINE_MARK = '\u0001';
const PARAGRAPH_MARK = '\u0002';
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Longest input handled; beyond this the text is cut first, so the regexes stay fast. */
const MAX_INPUT = 100_000;

/**
 * Plain text from HTML or from text with entities: paragraphs and headings become blank-line
 * separated paragraphs, `<br>` and `<div>` line breaks, list items "- " lines; scripts, styles
 * and comments disappear with their content; every other tag is dropped; common entities are
 * decoded. Text without markup keeps its own line breaks.
 */
export function htmlToText(input: string): string {
  // Decoding first also unmasks escaped markup ("&lt;p&gt;"), which feeds often double-encode.
  let text = decodeEntities(input.slice(0, MAX_INPUT)).replace(CONTROL, '').replace(/\r\n?/g, '\n');
  if (/<[A-Za-z!?/]/.test(text)) {
    // In HTML, source line breaks are just spaces; structure comes from the tags. Block
    // boundaries become markers first so that "</div><div>" is one line break, not two.
    text = text
      .replace(/\s+/g, ' ')
      .replace(COMMENT, '')
      .replace(HIDDEN, '')
      .replace(TAG, (_whole, closing: string, name: string) => {
        const tag = name.toLowerCase();
        if (tag === 'br') return '\n';
        if (tag === 'li') return closing ? LINE_MARK : `${LINE_MARK}- `;
        if (PARAGRAPH.has(tag)) return PARAGRAPH_MARK;
        if (LINE.has(tag)) return LINE_MARK;
        return tag === 'td' || tag === 'th' ? ' ' : '';
      })
      .replace(LEFTOVER, '')
      .replace(/[\u0001\u0002](?:[ \u0001\u0002]*[\u0001\u0002])?/g, (run) => (run.includes(PARAGRAPH_MARK) ? '\n\n' : '\n'));
  }
  text = text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u202f]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return dropTagOpeners(text).trim();
}

// Removing tags can join a stray '<' to the next letter ("<<b></b>a"), so every run of '<'
// still in front of a letter, '!', '?' or '/' is dropped. A single pass over the characters:
// a regex such as /<+(?=…)/ would rescan long runs of '<' from every position.
function dropTagOpeners(text: string): string {
  let out = '';
  let pending = '';
  for (const char of text) {
    if (char === '<') {
      pending += char;
      continue;
    }
    if (!/[A-Za-z!?/]/.test(char)) out += pending;
    pending = '';
    out += char;
  }
  return out + pending;
}

/** {@link htmlToText} flattened to one line, for titles, names and skills. */
export function htmlToLine(input: string): string {
  return htmlToText(input).replace(/\s+/g, ' ').trim();
}

/** Cuts `text` to at most `max` characters at a word boundary, ending with "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
