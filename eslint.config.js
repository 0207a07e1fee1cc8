// ESLint: typescript-eslint with type information, and import rules that keep the layering of
// STYLE.md ("text -> ingest -> graph -> api"): no cycles, and zones a folder may not import from.
// Formatting is Prettier's business (.prettierrc), not ESLint's.
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Who may not import whom, from STYLE.md; `from` is the folder imported, `target` the importer. */
const zones = [
  // domain/ is the vocabulary: it imports nothing of ours.
  { target: './src/domain', from: './src', except: ['./domain'], message: 'domain/ imports nothing else of ours (STYLE.md).' },
  // ingest/ is pure text -> extraction.
  {
    target: './src/ingest',
    from: ['./src/graph', './src/api', './src/cli', './src/formats', './src/eval', './src/service', './src/server.ts'],
    message: 'ingest/ never imports graph/ or api/ (STYLE.md).',
  },
  // formats/ reads files into articles: pure, only the vocabulary.
  {
    target: './src/formats',
    from: ['./src/graph', './src/api', './src/cli', './src/ingest', './src/eval', './src/service', './src/server.ts'],
    message: 'formats/ is pure: it imports only domain/.',
  },
  // graph/ is the store: it knows nothing of the API, the CLI or how text is read.
  {
    target: './src/graph',
    from: ['./src/api', './src/cli', './src/ingest', './src/formats', './src/eval', './src/service', './src/server.ts'],
    message: 'graph/ never imports api/, cli/ or ingest/ (STYLE.md).',
  },
  // service/ holds the application services (ingest, curation, seeding) that api/, cli/ and the
  // server share; it sits below all three.
  {
    target: './src/service',
    from: ['./src/api', './src/cli', './src/eval', './src/server.ts'],
    message: 'service/ is called by api/, cli/ and server.ts; it imports none of them.',
  },
  // api/ serves the graph; the CLI and the server wiring sit above it.
  { target: './src/api', from: ['./src/cli', './src/server.ts'], message: 'api/ never imports cli/ or server.ts.' },
  // The CLI reaches the service over HTTP or opens storage itself; it never runs GraphQL in-process.
  { target: './src/cli', from: ['./src/api', './src/server.ts'], message: 'cli/ never imports api/ or server.ts: shared code belongs in service/.' },
  {
    target: './src/eval',
    from: ['./src/graph', './src/api', './src/cli', './src/service', './src/server.ts'],
    message: 'eval/ scores extractions; it needs no graph or API.',
  },
  // The browser pages may share plain data and words with the service, nothing that runs on Node.
  {
    target: './web',
    from: './src',
    except: ['./domain/wording.ts', './domain/entity-type.ts', './graph/export/palette.ts'],
    message: 'web/ takes only plain data from src/.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/vite.config.ts', 'eslint.config.js', 'knip.config.ts', 'scripts/**', 'bin/**', 'vitest.config.ts'] },
  {
    files: ['src/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts', 'web/**/*.ts', 'web/**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked, importX.flatConfigs.recommended, importX.flatConfigs.typescript],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: [] }, tsconfigRootDir: import.meta.dirname },
    },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['tsconfig.json', 'test/tsconfig.json', 'web/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
      // Imports stand at the top of a file (STYLE.md: no imports in the middle of files).
      'import-x/first': 'error',
      'import-x/no-duplicates': 'error',
      // TypeScript checks these better than the plugin can (and faster).
      'import-x/no-unresolved': 'off',
      'import-x/namespace': 'off',
      'import-x/default': 'off',
      'import-x/no-named-as-default-member': 'off',
      // STYLE.md: `import { type X }`, no `any`, no non-null `!`.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Async functions that implement promise-returning interfaces (Apollo plugins, storages) need no await.
      '@typescript-eslint/require-await': 'off',
      // `String(value)` of parsed JSON is deliberate: the value is checked or only shown.
      '@typescript-eslint/no-base-to-string': 'off',
      // graphql-js string enums (OperationTypeNode, Kind) are compared with their literal values by design.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    // Tests read JSON and GraphQL answers whose shape they then check; expect(...) takes anything.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
