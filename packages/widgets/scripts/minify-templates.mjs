// An esbuild plugin that minifies the static text of Lit's css`` and html`` templates (and the
// unsafeCSS(`…`) token block) in this package's sources. esbuild minifies code but leaves
// template literal text alone, and styles are a large share of the widgets' bytes.
//
// Only whitespace is touched, and only where it cannot matter:
// - html: a run of whitespace that contains a line break (source formatting) is dropped when it
//   sits between two tags or between a tag and a `${…}`, and otherwise becomes one space. The
//   widgets' templates lay out such siblings with flex or grid, where whitespace between them
//   renders nothing, so the only effect is fewer text nodes per card;
// - css: additionally comments go, and spaces around `{ } ; , >` and after `:` are dropped.
// `${…}` expressions are left exactly as written (they are code, minified by esbuild).
import { readFile } from 'node:fs/promises';

function minifyChunk(text, kind) {
  if (kind === 'html') {
    return text.replace(/\s*\n\s*/g, (space, offset) => {
      const before = offset === 0 ? '' : text[offset - 1];
      const after = text[offset + space.length] ?? '';
      return (before === '' || before === '>') && (after === '' || after === '<') ? '' : ' ';
    });
  }
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/**
 * Walks TypeScript source, finding template literals and the `${}` expressions inside them
 * (which may hold further templates), and rewrites the text chunks of css/html templates.
 * Strings, comments and regular expressions the widgets use are skipped so a backtick inside
 * them is not mistaken for a template.
 */
export function minifyTemplates(source) {
  let out = '';
  let i = 0;
  const n = source.length;
  // Stack of open `${` expressions inside templates: the brace depth at which each closes.
  const stack = [];
  let depth = 0;

  function readTemplate(kind) {
    // `i` is just past the opening backtick.
    let chunk = '';
    while (i < n) {
      const c = source[i];
      if (c === '\\') {
        chunk += c + source[i + 1];
        i += 2;
      } else if (c === '`') {
        out += (kind ? minifyChunk(chunk, kind) : chunk) + '`';
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        out += (kind ? minifyChunk(chunk, kind) : chunk) + '${';
        chunk = '';
        i += 2;
        stack.push({ depth, kind });
        depth++;
        return 'expr';
      } else {
        chunk += c;
        i++;
      }
    }
    out += chunk;
  }

  function tagBefore() {
    const before = out.slice(-12);
    if (/(^|[^\w$])css\s*$/.test(before)) return 'css';
    if (/(^|[^\w$])unsafeCSS\(\s*$/.test(before)) return 'css';
    if (/(^|[^\w$])html\s*$/.test(before)) return 'html';
    return undefined;
  }

  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      out += source.slice(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      out += source.slice(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && /[(,=:[!&|?{};]\s*$|^\s*$|return\s*$/.test(out.slice(-8))) {
      // A regular expression literal: copy up to its closing slash.
      let j = i + 1;
      let inClass = false;
      while (j < n && (source[j] !== '/' || inClass)) {
        if (source[j] === '\\') j++;
        else if (source[j] === '[') inClass = true;
        else if (source[j] === ']') inClass = false;
        j++;
      }
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      const kind = tagBefore();
      out += '`';
      i++;
      readTemplate(kind);
    } else if (c === '{') {
      depth++;
      out += c;
      i++;
    } else if (c === '}') {
      depth--;
      const top = stack.at(-1);
      if (top && top.depth === depth) {
        stack.pop();
        out += '}';
        i++;
        readTemplate(top.kind);
      } else {
        out += c;
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The esbuild plugin: applies {@link minifyTemplates} to the package's own `.ts` files. */
export function minifyTemplatesPlugin() {
  return {
    name: 'mi-minify-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]widgets[\\/]src[\\/].*\.ts$/, namespace: 'file' }, async (args) => ({
        contents: minifyTemplates(await readFile(args.path, 'utf8')),
        loader: 'ts',
      }));
    },
  };
}
