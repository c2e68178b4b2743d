/**
 * The Content Security Policy of every built page. Pages carry no inline
 * script or style (scripts and styles are files, `assetsInlineLimit: 0`), so
 * the policy needs no hashes: scripts, styles, fonts and images come from the
 * archive's own origin, and nothing else runs. Pagefind's search runs as
 * WebAssembly, hence `'wasm-unsafe-eval'`. `tests/build/content-security-policy.test.ts`
 * checks that no page needs more.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
