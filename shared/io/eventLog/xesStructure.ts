/**
 * What IEEE 1849-2016 allows where: the XML attributes of each element, and the order of a parent's children.
 * The reader reports breaches as warnings and keeps reading; only a broken nesting of log, trace and event fails.
 */
export const allowedXmlAttributes: Record<string, { required: string[]; optional: string[] }> = {
  log: { required: ['xes.version'], optional: ['xes.features'] },
  extension: { required: ['name', 'prefix', 'uri'], optional: [] },
  global: { required: [], optional: ['scope'] },
  classifier: { required: ['name', 'keys'], optional: ['scope'] },
  trace: { required: [], optional: [] },
  event: { required: [], optional: [] },
  values: { required: [], optional: [] },
  list: { required: ['key'], optional: [] },
  container: { required: ['key'], optional: [] },
  attribute: { required: ['key', 'value'], optional: [] },
};

/** The order of children the standard prescribes, by parent: a child ranked lower than one before it is out of place. */
export const childRank: Record<string, Record<string, number>> = {
  log: { extension: 0, global: 1, classifier: 2, attribute: 3, trace: 4, event: 5 },
  trace: { attribute: 0, event: 1 },
  list: { attribute: 0, values: 1 },
};

/** Plain words for an element, for messages. */
export function elementWords(name: string): string {
  if (name === 'attribute') return 'an attribute';
  return /^[aeiou]/.test(name) ? `an <${name}>` : `a <${name}>`;
}

/** The keys of a classifier: space-separated, a key with spaces in single quotes (IEEE 1849-2016 §5.5). */
export function classifierKeys(keys: string): string[] {
  return [...keys.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]);
}
