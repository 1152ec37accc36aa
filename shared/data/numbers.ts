export type DecimalSeparator = '.' | ',';

// Thousands separators: the other mark, a space (plain, no-break or narrow no-break) or an apostrophe (Swiss),
// always the same one within a number and always between groups of three digits.
const withDecimalPoint = /^[+-]?(?:\d{1,3}(?:([, '\u00a0\u202f])\d{3})(?:\1\d{3})*|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const withDecimalComma = /^[+-]?(?:\d{1,3}(?:([. '\u00a0\u202f])\d{3})(?:\1\d{3})*|\d+)?(?:,\d+)?(?:[eE][+-]?\d+)?$/;
const plainInteger = /^[+-]?\d+$/;
const plainDecimalPoint = /^[+-]?\d+\.\d+$/;
const plainDecimalComma = /^[+-]?\d+,\d+$/;
const hasDigit = /\d/;

/** A number written with the given decimal mark, or null when the text is not one. */
export function parseNumber(text: string, decimal: DecimalSeparator): number | null {
  const value = text.trim();
  if (plainInteger.test(value)) return Number(value);
  if (decimal === '.' ? plainDecimalPoint.test(value) : plainDecimalComma.test(value))
    return Number(decimal === '.' ? value : value.replace(',', '.'));
  const pattern = decimal === '.' ? withDecimalPoint : withDecimalComma;
  if (!pattern.test(value) || !hasDigit.test(value)) return null;
  const thousands = decimal === '.' ? /[, '\u00a0\u202f]/g : /[. '\u00a0\u202f]/g;
  const normalised = value.replace(thousands, '');
  const number = Number(decimal === ',' ? normalised.replace(',', '.') : normalised);
  return Number.isFinite(number) ? number : null;
}

/**
 * Which decimal mark a numeric text proves, if any: with both marks the last is decimal; a single mark followed by
 * other than exactly three digits is decimal; two of the same mark are thousands separators. "1,234" proves nothing.
 */
export function decimalEvidence(text: string): DecimalSeparator | null {
  const value = text.trim();
  const dot = value.lastIndexOf('.');
  const comma = value.lastIndexOf(',');
  if (dot === -1 && comma === -1) return null;
  if (dot !== -1 && comma !== -1) return dot > comma ? '.' : ',';
  const mark = dot !== -1 ? '.' : ',';
  const other: DecimalSeparator = mark === '.' ? ',' : '.';
  if (value.indexOf(mark) !== value.lastIndexOf(mark)) return other;
  const digitsAfter = value.length - value.lastIndexOf(mark) - 1;
  return /^[+-]?\d*[.,]\d+$/.test(value) && digitsAfter !== 3 ? mark : null;
}

/** Digits with a leading zero ("0042"): identifiers or codes whose zeros a number would lose. */
export function hasLeadingZero(text: string): boolean {
  return /^[+-]?0\d/.test(text.trim());
}
