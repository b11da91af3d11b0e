// Office.js accepts "#RRGGBB" or an HTML color name and reports "#RRGGBB"; this does the same conversion.

const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', lime: '#00FF00', blue: '#0000FF',
  yellow: '#FFFF00', orange: '#FFA500', gray: '#808080', grey: '#808080', silver: '#C0C0C0', maroon: '#800000',
  olive: '#808000', navy: '#000080', purple: '#800080', teal: '#008080', aqua: '#00FFFF', cyan: '#00FFFF',
  fuchsia: '#FF00FF', magenta: '#FF00FF', darkgreen: '#006400', darkred: '#8B0000', lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3', lightgreen: '#90EE90', lightblue: '#ADD8E6', lightyellow: '#FFFFE0', gold: '#FFD700',
  pink: '#FFC0CB', brown: '#A52A2A', darkblue: '#00008B', darkgray: '#A9A9A9', darkgrey: '#A9A9A9',
  darkorange: '#FF8C00', whitesmoke: '#F5F5F5', gainsboro: '#DCDCDC', salmon: '#FA8072', khaki: '#F0E68C',
};

/** "#ffc7ce" -> "#FFC7CE", "orange" -> "#FFA500", "#abc" -> "#AABBCC"; null when it is not a color. */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-fA-F]{6}$/.test(text)) return text.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(text)) return `#${text.slice(1).split('').map((c) => c + c).join('')}`.toUpperCase();
  return null;
}
