/**
 * A content stream read just far enough to see its colours: the colour operators used, with the
 * colour space each one paints in. Strings, dictionaries and inline image data are skipped, so
 * text never reads as an operator.
 */

export interface ColourUse {
  /** Operator → count: `rg`, `k`, `g`, `sc` … */
  operators: Map<string, number>;
  /** Named colour spaces selected with `cs`/`CS` (`/DeviceRGB`, `/CS0` …), with their counts. */
  selected: Map<string, number>;
  /** Named graphics states applied with `gs` (for transparency). */
  graphicsStates: Set<string>;
  /** Colour spaces of inline images (`/CS /RGB` …). */
  inlineImages: string[];
}

const colourOperators = new Set(['rg', 'RG', 'k', 'K', 'g', 'G', 'sc', 'SC', 'scn', 'SCN']);

export function readColours(content: string): ColourUse {
  const use: ColourUse = { operators: new Map(), selected: new Map(), graphicsStates: new Set(), inlineImages: [] };
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  let previous = '';
  let index = 0;
  const length = content.length;
  while (index < length) {
    const char = content[index];
    if (char === '(') {
      let depth = 1;
      index++;
      while (index < length && depth > 0) {
        const c = content[index];
        if (c === '\\') index++;
        else if (c === '(') depth++;
        else if (c === ')') depth--;
        index++;
      }
      previous = '';
      continue;
    }
    if (char === '<' && content[index + 1] !== '<') {
      const end = content.indexOf('>', index);
      index = end < 0 ? length : end + 1;
      previous = '';
      continue;
    }
    if (char === '%') {
      const end = content.indexOf('\n', index);
      index = end < 0 ? length : end + 1;
      continue;
    }
    if (/\s/.test(char) || char === '[' || char === ']' || char === '{' || char === '}') {
      index++;
      continue;
    }
    if (char === '<' || char === '>') {
      index += 2;
      continue;
    }
    let end = index + 1;
    if (char === '/') while (end < length && !/[\s/[\]()<>{}%]/.test(content[end])) end++;
    else while (end < length && !/[\s/[\]()<>{}%]/.test(content[end])) end++;
    const token = content.slice(index, end);
    index = end;
    if (token === 'BI') {
      // Inline image: its dictionary up to ID, then binary data up to EI.
      const data = content.indexOf(' ID', index);
      const dictionary = content.slice(index, data < 0 ? length : data);
      const space = /\/(?:CS|ColorSpace)\s*\/(\w+)/.exec(dictionary)?.[1];
      if (space) use.inlineImages.push(space);
      const close = content.indexOf('EI', data < 0 ? length : data + 3);
      index = close < 0 ? length : close + 2;
      previous = '';
      continue;
    }
    if (colourOperators.has(token)) count(use.operators, token);
    else if ((token === 'cs' || token === 'CS') && previous.startsWith('/')) count(use.selected, previous.slice(1));
    else if (token === 'gs' && previous.startsWith('/')) use.graphicsStates.add(previous.slice(1));
    previous = token;
  }
  return use;
}
