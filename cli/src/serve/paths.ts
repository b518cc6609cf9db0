/**
 * Which file a request for a URL path may get: one inside the served
 * folder, never one outside it (`..`, encoded or not, a backslash, a NUL, a
 * link that leads out), so the preview shows the site and nothing else of
 * the machine.
 */
import { realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** The segments of a URL path, decoded; undefined for one that could leave its folder or is not well-formed. */
export function pathSegments(pathname: string): string[] | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  return segments.some((segment) => segment === '.' || segment === '..') ? undefined : segments;
}

/** The real path of `segments` under `root`, when it exists and stays inside it (after links are followed). */
export async function fileInside(root: string, segments: readonly string[]): Promise<string | undefined> {
  const realRoot = await realpath(root);
  const found = await realpath(join(realRoot, ...segments)).catch(() => undefined);
  if (found === undefined) return undefined;
  return found === realRoot || found.startsWith(realRoot + sep) ? found : undefined;
}
