// Configuration of `custom-elements.json`, generated from the components' JSDoc by
// `node scripts/docs.mjs` (never edited by hand; a test in examples/e2e checks it for drift).
//
// Run from this folder: `cem analyze --config custom-elements-manifest.config.mjs`.
import { readdirSync } from 'node:fs';

/**
 * Our elements register through `MiElement.define('mi-…')` (a define that tolerates a second
 * copy of the bundle), not `customElements.define`, so the analyzer does not see the tags on its
 * own. This plugin reads those calls, marks the classes as custom elements with their tag
 * names, and adds the `custom-element-definition` exports to the defining modules.
 */
function miDefineCalls() {
  /** Class name → { tag, module that defines the tag }. */
  const definitions = new Map();
  return {
    name: 'mi-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      recordStateProperties(ts, node);
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const [tag] = node.arguments;
      if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === 'define' &&
        ts.isIdentifier(callee.expression) &&
        node.arguments.length === 1 &&
        ts.isStringLiteral(tag) &&
        /^mi-[a-z-]+$/.test(tag.text)
      ) {
        definitions.set(callee.expression.text, { tag: tag.text, module: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const declaredIn = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const definition = definitions.get(declaration.name);
          if (declaration.kind !== 'class' || !definition) continue;
          declaration.customElement = true;
          declaration.tagName = definition.tag;
          declaredIn.set(declaration.name, mod.path);
        }
      }
      // `MiElement.define` itself calls `customElements.define(tag, this)`: that is the
      // mechanism, not an element. Drop what the analyzer made of it.
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || /^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(e.name));
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          dropPrivate(declaration);
        }
      }
      for (const [className, { tag, module }] of definitions) {
        const mod = customElementsManifest.modules.find((m) => m.path === module);
        if (!mod || !declaredIn.has(className)) continue;
        mod.exports ??= [];
        if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
          mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: declaredIn.get(className) } });
        }
      }
      rewritePaths(customElementsManifest);
      // The file glob's order varies between runs; a generated file checked for drift must not.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/** Class name → names declared `{ state: true }` in `static properties`. */
const stateProperties = new Map();

/** Lit's internal reactive state is never an attribute; the analyzer only knows `@state()`. */
function recordStateProperties(ts, node) {
  if (!ts.isPropertyDeclaration(node) || !ts.isIdentifier(node.name) || node.name.text !== 'properties') return;
  if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) return;
  if (!node.initializer || !ts.isObjectLiteralExpression(node.initializer)) return;
  const className = ts.isClassDeclaration(node.parent) ? node.parent.name?.text : undefined;
  if (!className) return;
  const names = stateProperties.get(className) ?? new Set();
  for (const property of node.initializer.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
    const isState = property.initializer.properties.some(
      (p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
    );
    if (isState && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) names.add(property.name.text);
  }
  stateProperties.set(className, names);
}

/**
 * Internal reactive state (`declare private x` with `state: true`) is not an attribute and not
 * API; the analyzer lists it as both. Keep the manifest to what a page can use.
 */
function dropPrivate(declaration) {
  if (declaration.kind !== 'class') return;
  const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
  if (declaration.members) declaration.members = declaration.members.filter((m) => !hidden.has(m.name));
  const state = stateProperties.get(declaration.name) ?? new Set();
  if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName) && !state.has(a.fieldName));
  // A `dispatchEvent(new XEvent(…))` the analyzer could not name duplicates a documented @event.
  if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
}

/** `src/x.ts` (or `/src/x.js`) → `dist/x.js`: the manifest describes the published files. */
function rewritePaths(node) {
  if (Array.isArray(node)) {
    node.forEach(rewritePaths);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') {
        node[key] = value.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
      } else {
        rewritePaths(value);
      }
    }
  }
}

// The manifest describes what a page can use: each element's class and its defining module, the
// base class they inherit attributes from, and the event classes. Templates, styles and
// controllers are implementation; leaving them out also keeps a CSS tweak from changing it.
const components = readdirSync(new URL('./src/components/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export default {
  globs: [
    'src/index.ts',
    'src/internal/mi-element.ts',
    'src/events/*.ts',
    ...components.flatMap((name) => [`src/components/${name}/${name}.component.ts`, `src/components/${name}/${name}.ts`]),
  ],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // package.json already says `"customElements": "custom-elements.json"`; the analyzer would
  // otherwise rewrite it to whatever --outdir a drift check uses.
  packagejson: false,
  plugins: [miDefineCalls()],
};
