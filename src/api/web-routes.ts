// The self-hosted GraphiQL page (built by Vite into dist/web): its index.html at `/` and
// `/graphiql`, its hashed assets cached for good.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';

/** Routes that serve the page built in `webDir`; a clear 404 when it has not been built. */
export function webRoutes(webDir: string): express.Router {
  const router = express.Router();
  const index = join(webDir, 'index.html');
  router.get(['/', '/graphiql'], (_req, res) => {
    if (existsSync(index)) {
      res.sendFile(index);
      return;
    }
    res.status(404).type('text/plain').send(`The GraphiQL page is not built (no ${index}); run npm run build. GraphQL itself is at /graphql.\n`);
  });
  router.use(
    express.static(webDir, {
      index: false,
      setHeaders: (res, path) => {
        // Vite puts a content hash in every asset name, so an asset never changes.
        if (path.includes(`${join(webDir, 'assets')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  return router;
}
