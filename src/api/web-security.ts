// Security headers of every answer (helmet) and cross-origin access. The Content-Security-Policy
// allows what the self-hosted pages need and nothing else: scripts, styles, fonts and workers from
// this service; inline styles (GraphiQL's page and Monaco's editor set styles at run time); blob:
// workers (the explorer's ForceAtlas2 layout runs in a worker made from a blob); data: images and
// fonts. No page may frame ours. CORS is off unless an allow-list of origins is configured.
import type express from 'express';
import helmet from 'helmet';

/** The helmet middleware with the pages' Content-Security-Policy. */
export function securityHeaders(): express.RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The service is often reached over plain HTTP on a private network; HSTS belongs to the TLS proxy.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
}

/**
 * CORS for an allow-list of origins (KG_CORS_ORIGINS): a request from a listed origin gets
 * `Access-Control-Allow-Origin` and preflights are answered; any other origin gets no CORS
 * header, so browsers keep other sites' pages from reading the answers. An empty list turns CORS off.
 */
export function corsAllowList(origins: readonly string[]): express.RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin === undefined || !allowed.has(origin)) {
      next();
      return;
    }
    res.vary('Origin');
    res.set('Access-Control-Allow-Origin', origin);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
      res.set('Access-Control-Allow-Methods', 'GET, POST');
      res.set('Access-Control-Allow-Headers', 'Content-Type, Authorization, Apollo-Require-Preflight');
      res.set('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
