import type { languages } from 'monaco-editor/editor';
import { feelBuiltins } from './feelBuiltins';
import { feelKeywords } from './feelAssist';

export const feelLanguageId = 'feel';

/**
 * FEEL's tokens. Multi-word built-in names ("string length") are matched as a whole before single words, so they
 * colour as functions; multi-word field names stay plain identifiers, which reads fine.
 */
export const feelTokens: languages.IMonarchLanguage = {
  keywords: [...feelKeywords],
  builtinPattern: new RegExp(
    `(?:${[...feelBuiltins]
      .map((b) => b.name)
      .sort((a, b) => b.length - a.length)
      .map((name) => name.replace(/ /g, '\\s+'))
      .join('|')})(?=\\s*\\()`,
  ),
  tokenizer: {
    root: [
      [/\/\/.*$/, 'comment'],
      [/\/\*/, 'comment', '@comment'],
      [/"/, 'string', '@string'],
      [/@builtinPattern/, 'predefined'],
      [/[\p{L}_?][\p{L}\p{N}_?]*/u, { cases: { '@keywords': 'keyword', '@default': 'identifier' } }],
      [/\d+(\.\d+)?/, 'number'],
      [/\.\d+/, 'number'],
      [/<=|>=|!=|\*\*|[=<>+\-*/]/, 'operator'],
      [/\.\./, 'operator'],
      [/[()[\]{},.:]/, 'delimiter'],
    ],
    string: [
      [/[^\\"]+/, 'string'],
      [/\\./, 'string.escape'],
      [/"/, 'string', '@pop'],
    ],
    comment: [
      [/[^*/]+/, 'comment'],
      [/\*\//, 'comment', '@pop'],
      [/[*/]/, 'comment'],
    ],
  },
};

export const feelConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '//', blockComment: ['/*', '*/'] },
  brackets: [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
  ],
  autoClosingPairs: [
    { open: '(', close: ')' },
    { open: '[', close: ']' },
    { open: '{', close: '}' },
    { open: '"', close: '"', notIn: ['string'] },
  ],
  // Letters, digits, _ and ?: FEEL names; spaces inside names are handled by completion itself.
  wordPattern: /[\p{L}_?][\p{L}\p{N}_?]*/u,
};
