import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'worker_threads', 'stream', 'http'];
const banned = (patterns, message) => patterns.map((group) => ({ group: [group], message }));

/** Layering of DESIGN.md §1: each shared folder imports only folders earlier in the order. */
// log (the event-log model) sits right after model: data, sim, io and mining all read or write event logs.
const sharedOrder = [['model'], ['log'], ['validate', 'expr', 'data'], ['sim'], ['io', 'mining']];
const laterThan = (folder) => {
  const level = sharedOrder.findIndex((g) => g.includes(folder));
  return sharedOrder
    .slice(level + 1)
    .flat()
    .concat(sharedOrder[level].filter((f) => f !== folder));
};
const outsideShared = [
  '**/renderer/**',
  '**/electron/**',
  '**/cli/**',
  'react',
  'react-dom',
  'react/*',
  'electron',
  'dexie',
  'monaco-editor',
  '@monaco-editor/*',
  '@xyflow/*',
  'zustand',
  'zustand/*',
  ...nodeBuiltins,
  'node:*',
];

const sharedFolderRules = ['model', 'log', 'validate', 'expr', 'data', 'sim', 'io', 'mining', 'ipc'].map((folder) => ({
  files: [`shared/${folder}/**/*.ts`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...banned(outsideShared, 'shared/ is pure: no UI, platform or Node built-ins (DESIGN.md §1)'),
          ...(folder === 'ipc'
            ? []
            : banned(
                laterThan(folder).flatMap((f) => [`../${f}`, `../${f}/*`]),
                `shared/${folder} may import only earlier layers (DESIGN.md §1)`,
              )),
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'setTimeout', message: 'no ambient time in shared/' },
      { name: 'setInterval', message: 'no ambient time in shared/' },
      { name: 'fetch', message: 'no I/O in shared/' },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'use the seeded generator passed in' },
      { object: 'Date', property: 'now', message: 'time comes from the simulation clock or an argument' },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'time comes from an argument' },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'dist-cli',
      'release',
      'test/output',
      'test/fixtures',
      'docs',
      '.library',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: banned(
            ['**/electron/**', 'electron', ...nodeBuiltins, 'node:*'],
            'the renderer reaches the platform only through the preload bridge (DESIGN.md §1)',
          ),
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: banned(['**/renderer/**'], 'only shared/ is common ground') }],
    },
  },
  ...sharedFolderRules,
);
