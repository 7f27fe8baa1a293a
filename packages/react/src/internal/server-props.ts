/**
 * How one element's React props map onto the element: each element prop with the attribute it
 * has in HTML (`null` when only a property can carry it, such as a `project` object), and each
 * event prop with the DOM event it listens to.
 */
export interface ElementMapping {
  readonly properties: Readonly<Record<string, string | null>>;
  readonly events: Readonly<Record<string, string>>;
}

/**
 * The props to render the element's tag with during server rendering, where there is no element
 * to set properties on: element props become their HTML attributes (`projectId` →
 * `project-id`), so the markup already carries them when the element upgrades in the browser;
 * event handlers and object-valued props are left out (they are set after hydration); every
 * other prop (`id`, `className`, `style`, `aria-*`, `data-*`, `children`) is React's to render.
 *
 * Attribute values follow the elements' own attribute converters: `true` is an empty attribute,
 * `false` and `undefined` are no attribute, numbers are written out, and string lists (the
 * board's `category`, `skills`, `schedule`) are comma-separated.
 *
 * @example
 * ```ts
 * serverProps({ projectId: 'gig-1', expanded: true, onApplyOpen: () => {}, id: 'c1' }, mapping);
 * // { 'project-id': 'gig-1', expanded: '', id: 'c1' }
 * ```
 */
export function serverProps(props: Readonly<Record<string, unknown>>, mapping: ElementMapping): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (Object.hasOwn(mapping.events, key)) continue;
    if (Object.hasOwn(mapping.properties, key)) {
      const attribute = mapping.properties[key];
      const text = attribute ? attributeText(value) : undefined;
      if (attribute && text !== undefined) out[attribute] = text;
      continue;
    }
    out[key] = value;
  }
  return out;
}

function attributeText(value: unknown): string | undefined {
  if (value === true) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) return value.join(',');
  return undefined;
}
