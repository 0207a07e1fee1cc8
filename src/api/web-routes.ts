// The self-hosted web pages, built by Vite into dist/web: GraphiQL at `/` and `/graphiql`, the
// graph explorer at `/explorer`, and their hashed assets, cached for good.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';

/** Routes that serve the pages built in `webDir`; a clear 404 for a page that has not been built. */
export function webRoutes(webDir: string): express.Router {
  const router = express.Router();
  const page = (name: string, title: string): express.RequestHandler => {
    const index = join(webDir, name, 'index.html');
    return (_req, res) => {
      if (existsSync(index)) {
        res.sendFile(index);
        return;
      }
      res.status(404).type('text/plain').send(`The ${title} page is not built (no ${index}); run npm run build. GraphQL itself is at /graphql.\n`);
    };
  };
  router.get(['/', '/graphiql'], page('graphiql', 'GraphiQL'));
  router.get('/explorer', page('explorer', 'explorer'));
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
