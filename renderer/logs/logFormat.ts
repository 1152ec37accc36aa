/** Which reader a file's name asks for: XES (.xes, .xes.gz) or CSV; null when it is neither. */
export function logFormatOfFile(name: string): 'xes' | 'csv' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xes') || lower.endsWith('.xes.gz')) return 'xes';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}
