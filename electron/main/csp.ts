/**
 * The renderer's Content-Security-Policy, sent as a header with every `app://` response.
 *
 * A copy of `CSP` in renderer/vite.shared.ts (which also puts it in a meta tag of the built
 * page). It is copied rather than imported because that module pulls Vite plugins into the
 * main-process bundle; test/unit/electron/csp.test.ts fails when the two drift apart.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'",
].join('; ')
