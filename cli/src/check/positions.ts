/** Line and column (both 1-based) of offsets in a text, by binary search over line starts. */
export interface Position {
  line: number;
  column: number;
  /** A spreadsheet's cell (`Sheet1!C4`), named instead of line and column where the source is a workbook. */
  cell?: string;
}

export function lineCounter(text: string): (offset: number) => Position {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}
