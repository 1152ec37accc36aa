/** How many change labels a description names before summarising the rest. */
const shownLabels = 3;
const maxLabelChars = 60;

const quotes = /["“”']/;

function withoutClosingQuote(label: string): string {
  return label.replace(/["”']$/, '');
}

/**
 * True when `next` only continues `previous`: the same label again (a drag in steps), or the same quoted value
 * typed one character further or back (`Rename "Revi"` → `Rename "Review"`).
 */
function continues(previous: string, next: string): boolean {
  if (previous === next) return true;
  const a = withoutClosingQuote(previous);
  const b = withoutClosingQuote(next);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return quotes.test(shorter) && longer.startsWith(shorter);
}

/** Appends change labels to a revision's list, folding each one that only continues the one before it. */
export function foldLabels(labels: readonly string[], added: readonly string[]): string[] {
  const folded = [...labels];
  for (const label of added) {
    if (folded.length > 0 && continues(folded[folded.length - 1], label)) folded[folded.length - 1] = label;
    else folded.push(label);
  }
  return folded;
}

function shorten(label: string): string {
  return label.length > maxLabelChars ? `${label.slice(0, maxLabelChars - 1)}…` : label;
}

/** A one-line description of a revision from its change labels: "Add User task; Connect …" or "5 changes: …". */
export function describeChanges(labels: readonly string[]): string {
  if (labels.length === 0) return 'No changes';
  const named = labels.slice(0, shownLabels).map(shorten).join('; ');
  return labels.length <= shownLabels ? named : `${labels.length} changes: ${named}; …`;
}
