import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import ownLookups from './lint/own-lookups.js';

// The engine must stay deterministic and portable: same level, seed and actions,
// same state, in Node and in the browser.
const impureGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'performance', 'setTimeout', 'setInterval', 'setImmediate', 'requestAnimationFrame', 'fetch', 'crypto', 'process'].map((name) => ({
  name,
  message: 'src/engine is pure: no DOM, timers, clocks or host APIs.',
}));

// Untrusted text names levels, difficulties, members and settings: `in` and indexing by a
// variable also find inherited names (`constructor`, `__proto__`). Look ids up with
// hasId/byId (src/engine/own.ts), which see own properties only.
const ownLookupSyntax = [
  { selector: "BinaryExpression[operator='in']", message: 'Use hasId/byId from src/engine/own.ts: `in` also finds inherited names such as "constructor".' },
  // Reads only: writing an entry under an id that was checked is not a lookup.
  { selector: "MemberExpression[computed=true][object.name=/^(levels|LEVELS|difficulties)$/][property.type!='Literal']:not(AssignmentExpression > MemberExpression.left)", message: 'Look up an id with byId: indexing also finds inherited names.' },
  { selector: "MemberExpression[computed=true][object.property.name='difficulties'][property.type!='Literal']:not(AssignmentExpression > MemberExpression.left)", message: 'Look up a difficulty with byId: indexing also finds inherited names.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/{engine,state,ui,cli,i18n,class,audio}/**/*.ts', 'src/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...ownLookupSyntax] },
  },
  {
    // The same, where only types can tell: a record with a string index read by any string.
    files: ['src/**/*.ts'],
    // The lint tests write probe files that no tsconfig lists.
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['src/*/probe.ts', 'src/*/*/probe.ts'] }, tsconfigRootDir: import.meta.dirname } },
    plugins: { own: ownLookups },
    rules: { 'own/no-bare-dictionary-read': 'error' },
  },
  {
    // Outside the engine only its public face (src/engine/index.ts) is imported: the rules,
    // the turn and the rest are the engine's own to rearrange.
    files: ['src/**/*.ts'],
    ignores: ['src/engine/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)engine/(?!index(\\.ts)?$)', message: 'Import the engine from its public face, ../engine (src/engine/index.ts); export what is needed there.' }],
      }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['phaser', 'phaser/*', 'howler', 'zustand', 'zustand/*', 'node:*', 'fs', 'path'], message: 'src/engine is pure: no renderer, audio, store or host modules.' },
          { group: ['../state/*', '../map/*', '../ui/*', '../audio/*', '../cli/*'], message: 'src/engine depends on nothing outside itself.' },
        ],
      }],
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Use the seeded generator in random.ts.' },
        { selector: "NewExpression[callee.name='Date']", message: 'The engine has no clock.' },
        { selector: "MemberExpression[object.name='Date']", message: 'The engine has no clock.' },
        { selector: "NewExpression[callee.name='Map']", message: 'State is plain data: no Map.' },
        { selector: "NewExpression[callee.name='Set']", message: 'State is plain data: no Set.' },
        ...ownLookupSyntax,
      ],
    },
  },
);
