/** How a column lines up: text to the left, figures to the right. */
export type Align = 'left' | 'right';

/** A column of {@link formatTable}. */
export interface Column<T> {
  header: string;
  value: (row: T) => string;
  align?: Align;
  /** Longer values are cut with `…`, so one long title cannot push the table off the screen. */
  maxWidth?: number;
}

// Code points, not UTF-16 units: "–" and "…" are one column wide, and so is an emoji's pair.
const width = (text: string) => [...text].length;

function fit(text: string, maxWidth: number | undefined): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return maxWidth !== undefined && chars.length > maxWidth ? `${chars.slice(0, maxWidth - 1).join('')}…` : chars.join('');
}

/**
 * Lays rows out as a plain-text table with a header row, columns two spaces apart and padded
 * to their widest cell. Trailing spaces are trimmed so the output diffs and pastes cleanly.
 *
 * @example
 * ```ts
 * formatTable([{ t: 'Recipe copy edit', h: '6 hours' }], [
 *   { header: 'TITLE', value: (r) => r.t },
 *   { header: 'EFFORT', value: (r) => r.h, align: 'right' },
 * ]);
 * // TITLE              EFFORT
 * // Recipe copy edit  6 hours
 * ```
 */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((column) => fit(column.value(row), column.maxWidth)));
  const widths = columns.map((column, i) => Math.max(width(column.header), ...cells.map((line) => width(line[i]!))));
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => {
        const pad = ' '.repeat(widths[i]! - width(value));
        return columns[i]!.align === 'right' ? pad + value : value + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.header)), ...cells.map(line)].join('\n');
}
