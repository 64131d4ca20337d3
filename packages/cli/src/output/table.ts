const segmenter = new Intl.Segmenter();

/** How many columns a string takes in a terminal: "Kalniņa" is 7, however it is encoded. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const _ of segmenter.segment(text)) width += 1;
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Rows under a header and a rule, columns two spaces apart, no trailing spaces. */
export function formatTable(headers: string[], rows: string[][], indent = ''): string[] {
  const widths = headers.map((header, column) =>
    Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (cells: string[]) =>
    indent +
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : padEnd(cell, widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)];
}

/** Labels and values one per line, the values lined up. */
export function formatPairs(pairs: [label: string, value: string][], indent = '  '): string[] {
  const width = Math.max(...pairs.map(([label]) => displayWidth(label)));
  return pairs.map(([label, value]) => `${indent}${padEnd(label, width)}  ${value}`);
}
