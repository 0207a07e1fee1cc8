// Vite build for the self-hosted pages: GraphiQL (web/graphiql) and the graph explorer
// (web/explorer), two entries of one build. Everything the pages need (scripts, styles, fonts,
// Monaco workers, sigma) is bundled into dist/web so the service works without any CDN; each page
// lands in its own folder (dist/web/graphiql/index.html, dist/web/explorer/index.html).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web/', import.meta.url));

export default defineConfig({
  root: webRoot,
  // Absolute asset URLs, so the GraphiQL page works when served at `/` and at `/graphiql`.
  base: '/',
  // No public/ folder: nothing is copied besides what the page imports.
  publicDir: false,
  // Vite 8 transforms with Oxc; the automatic runtime means main.tsx needs no React import for JSX.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  worker: {
    // Monaco's workers are ES modules; 'es' keeps their code splitting working.
    format: 'es',
  },
  build: {
    outDir,
    emptyOutDir: true,
    // Monaco and GraphiQL are large by nature; the warning would only be noise.
    chunkSizeWarningLimit: 5000,
    sourcemap: false,
    rolldownOptions: {
      input: {
        graphiql: fileURLToPath(new URL('./graphiql/index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('./explorer/index.html', import.meta.url)),
      },
      // React libraries mark their files "use client" for server components; in a client-only
      // bundle the directive is meaningless, and the hundreds of warnings would hide real ones.
      onwarn(warning, defaultHandler) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
    },
  },
});
