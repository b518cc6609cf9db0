/**
 * The newsroom fields of docs/feed-format.md (topics, attachments, draft),
 * checked for `kopiena validate` and `kopiena build` with the feed's own
 * schemas (src/feed/schema.ts). The widgets read none of these fields, so
 * the widgets' validation (src/feed/validate.ts) leaves them alone and they
 * are checked here: the feed's `topics`, each release's fields, and every
 * topic id a release names. A draft flag that is not true or false is an
 * error, never a guess: the build must know what to keep out of the site.
 */
import {
  allKnown,
  check,
  type FeedIssue,
  isIdText,
  isObject,
  newsroomReleaseSchema,
  type Path,
  pathToString,
  topicNameSchema,
} from '../../../src/core.js';

export function newsroomIssues(input: unknown): FeedIssue[] {
  if (!isObject(input)) return [];
  const issues: FeedIssue[] = [];
  // Topic by topic, as the widgets check people and organizations: each problem at its own topic.
  if (input.topics !== undefined && !isObject(input.topics))
    issues.push({ path: 'topics', message: 'must be an object of topic ids to their names' });
  const nameSchema = topicNameSchema();
  for (const [key, name] of Object.entries(isObject(input.topics) ? input.topics : {})) {
    if (!isIdText(key)) issues.push({ path: `topics.${key}`, message: 'id must use only a-z, 0-9 and -' });
    else check(nameSchema, name, ['topics', key], issues);
  }
  // Ids are looked up among the topics the feed names, even when a name is wrong: that problem is reported once, at the name.
  const known = new Map(Object.keys(isObject(input.topics) ? input.topics : {}).map((key) => [key, true]));
  const releaseSchema = newsroomReleaseSchema();
  (Array.isArray(input.releases) ? input.releases : []).forEach((release, index) => {
    if (!isObject(release)) return;
    const at: Path = ['releases', index];
    check(releaseSchema, release, at, issues);
    // Each id is looked up even when another field of the release is wrong; one that is no id at all was reported by the schema.
    const ids = Array.isArray(release.topics) ? release.topics : [];
    const named = ids.map((ref, number): [Path, string | undefined] => [[...at, 'topics', number], isIdText(ref) ? ref : undefined]);
    if (known.size) allKnown(named, known, 'topic', issues);
    else
      for (const [path, ref] of named)
        if (ref !== undefined)
          issues.push({
            path: pathToString(path),
            message: `names the topic "${ref}", but the feed has no topics: name each one in the feed's topics, with its name in every language`,
          });
  });
  return issues;
}
