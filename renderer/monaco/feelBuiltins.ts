/** A FEEL built-in function as completion and hover show it. */
export interface FeelBuiltin {
  name: string;
  /** Parameters as written in the FEEL specification, e.g. "string, start position, length?". */
  parameters: string;
  description: string;
}

const builtin = (name: string, parameters: string, description: string): FeelBuiltin => ({
  name,
  parameters,
  description,
});

/** The FEEL built-in functions offered by completion (those feelin evaluates, minus the clock readers). */
export const feelBuiltins: readonly FeelBuiltin[] = [
  // Conversion
  builtin('string', 'from', 'The value as a string.'),
  builtin('number', 'from, grouping separator?, decimal separator?', 'Parses a string into a number.'),
  builtin('date', 'from', 'A date from "YYYY-MM-DD", or from year, month, day.'),
  builtin('date and time', 'from', 'A date and time from an ISO 8601 string, or from a date and a time.'),
  builtin('time', 'from', 'A time of day from "hh:mm:ss".'),
  builtin('duration', 'from', 'A days-and-time duration such as duration("P2DT4H").'),
  builtin('years and months duration', 'from, to', 'The years and months between two dates.'),
  // Boolean
  builtin('not', 'negand', 'The logical negation of a boolean.'),
  // Strings
  builtin('string length', 'string', 'The number of characters.'),
  builtin('substring', 'string, start position, length?', 'Part of a string; positions start at 1.'),
  builtin('substring before', 'string, match', 'The part before the first match.'),
  builtin('substring after', 'string, match', 'The part after the first match.'),
  builtin('upper case', 'string', 'The string in capitals.'),
  builtin('lower case', 'string', 'The string in small letters.'),
  builtin('contains', 'string, match', 'Whether the string contains the match.'),
  builtin('starts with', 'string, match', 'Whether the string starts with the match.'),
  builtin('ends with', 'string, match', 'Whether the string ends with the match.'),
  builtin('matches', 'input, pattern, flags?', 'Whether the input matches a regular expression.'),
  builtin('replace', 'input, pattern, replacement, flags?', 'Replaces regular-expression matches.'),
  builtin('split', 'string, delimiter', 'Splits a string into a list.'),
  builtin('string join', 'list, delimiter?', 'Joins a list of strings.'),
  // Numbers
  builtin('abs', 'n', 'The absolute value.'),
  builtin('floor', 'n, scale?', 'Rounds down.'),
  builtin('ceiling', 'n, scale?', 'Rounds up.'),
  builtin('round half up', 'n, scale', 'Rounds to scale digits, halves away from zero.'),
  builtin('round half down', 'n, scale', 'Rounds to scale digits, halves towards zero.'),
  builtin('round up', 'n, scale', 'Rounds away from zero.'),
  builtin('round down', 'n, scale', 'Rounds towards zero.'),
  builtin('decimal', 'n, scale', 'Rounds to scale digits, halves to even.'),
  builtin('modulo', 'dividend, divisor', 'The remainder of a division.'),
  builtin('sqrt', 'number', 'The square root.'),
  builtin('odd', 'number', 'Whether the number is odd.'),
  builtin('even', 'number', 'Whether the number is even.'),
  // Lists
  builtin('list contains', 'list, element', 'Whether the list contains the element.'),
  builtin('count', 'list', 'The number of elements.'),
  builtin('min', 'list', 'The smallest element.'),
  builtin('max', 'list', 'The largest element.'),
  builtin('sum', 'list', 'The sum of the numbers.'),
  builtin('mean', 'list', 'The arithmetic mean.'),
  builtin('median', 'list', 'The median.'),
  builtin('all', 'list', 'Whether every element is true.'),
  builtin('any', 'list', 'Whether some element is true.'),
  builtin('append', 'list, item...', 'The list with items added at the end.'),
  builtin('concatenate', 'list...', 'The lists joined into one.'),
  builtin('distinct values', 'list', 'The list without duplicates.'),
  builtin('index of', 'list, match', 'The positions of the match.'),
  builtin('sort', 'list, precedes?', 'The list sorted.'),
  // Dates
  builtin('day of week', 'date', 'The weekday\'s name ("Monday").'),
  builtin('month of year', 'date', 'The month\'s name ("January").'),
  builtin('week of year', 'date', 'The ISO week number.'),
];
