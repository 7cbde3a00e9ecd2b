/**
 * A repository-relative path as a SARIF `artifactLocation.uri`: SARIF 2.1.0 (§3.10.2) wants an
 * RFC 3986 URI reference, so each segment is percent-encoded and the slashes kept. Unencoded,
 * "#1" would start a fragment, "100%," a broken escape, and "a:b" in the first segment a scheme:
 * viewers would open another file or none. GitHub code scanning percent-decodes the uri back to
 * the repository path, non-ASCII letters included (UTF-8, as RFC 3986 §2.5 says).
 */
export function uriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
