// Reads back the host configuration `kopiena build` writes, the way the
// hosts read it, for the tests: `_headers` (Netlify, Cloudflare Pages) by
// its line grammar, and Apache's `.htaccess` by a tokenizer of Apache's
// configuration syntax (logical lines with `\` continuation, `#` comments,
// quoted and bare arguments, nested `<Section>` blocks). Both refuse what
// they do not understand, so a malformed file fails the test that reads it.
// The static test server (static-server.js) serves a site with the headers
// its `_headers` gives, so the Chromium tests run on the site's own rules.

/** An RFC 9110 token: a header name. */
const isToken = (text) => text.length > 0 && [...text].every((char) => /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(char));

/**
 * `_headers`: blank lines, `#` comments, a path pattern at the start of a
 * line, then its headers indented as `Name: value`.
 * @param {string} text
 * @returns {Array<{ pattern: string, line: number, headers: Array<[string, string]> }>}
 */
export function parseHeadersFile(text) {
  const rules = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\r$/, '');
    const trimmed = content.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const indented = content[0] === ' ' || content[0] === '\t';
    if (!indented) {
      if (!trimmed.startsWith('/') || /\s/.test(trimmed))
        throw new Error(`_headers:${line}: a rule starts with a path, got ${JSON.stringify(trimmed)}`);
      if ([...trimmed].filter((char) => char === '*').length > 1) throw new Error(`_headers:${line}: more than one * in ${trimmed}`);
      if (trimmed.includes(':')) throw new Error(`_headers:${line}: placeholders are not used here: ${trimmed}`);
      rules.push({ pattern: trimmed, line, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers:${line}: a header before any path`);
    const colon = trimmed.indexOf(':');
    const name = colon > 0 ? trimmed.slice(0, colon) : '';
    const value = trimmed.slice(colon + 1).trim();
    if (!isToken(name) || !value) throw new Error(`_headers:${line}: not "Name: value": ${JSON.stringify(trimmed)}`);
    rule.headers.push([name, value]);
  });
  for (const rule of rules) if (!rule.headers.length) throw new Error(`_headers:${rule.line}: ${rule.pattern} has no headers`);
  return rules;
}

/** Whether a `_headers` path pattern matches a URL path: `*` (at most one) matches any characters, `/` included. */
export function matchesPattern(pattern, path) {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === path;
  const [prefix, suffix] = [pattern.slice(0, star), pattern.slice(star + 1)];
  return path.length >= prefix.length + suffix.length && path.startsWith(prefix) && path.endsWith(suffix);
}

/**
 * Every value each header gets at a URL path, from every matching rule, in file order (lower-case names).
 * A host joins two values of one header with a comma, which is why a test wants one value each.
 * @returns {Map<string, string[]>}
 */
export function headerValuesAt(rules, path) {
  const values = new Map();
  for (const rule of rules)
    if (matchesPattern(rule.pattern, path))
      for (const [name, value] of rule.headers) values.set(name.toLowerCase(), [...(values.get(name.toLowerCase()) ?? []), value]);
  return values;
}

/** The headers as Netlify and Cloudflare Pages send them at `path`: the values of one name joined with ", ". */
export const headersAt = (rules, path) => Object.fromEntries([...headerValuesAt(rules, path)].map(([name, values]) => [name, values.join(', ')]));

/**
 * Apache's configuration syntax, as httpd reads a `.htaccess`: logical lines
 * (a `\` at the end joins the next), `#` comments on their own line, a
 * directive name and its arguments (bare words, or "double-quoted" with `\`
 * escapes), `<Section args>` opening and `</Section>` closing a block.
 * @param {string} text
 * @param {string} [file]
 * @returns {Array<ApacheNode>}
 * @typedef {{ kind: 'directive', name: string, args: string[], line: number }
 *   | { kind: 'section', name: string, args: string[], line: number, children: ApacheNode[] }} ApacheNode
 */
export function parseApacheConfig(text, file = '.htaccess') {
  const root = { children: [] };
  const open = [{ name: '', children: root.children, line: 0 }];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    let logical = lines[index].replace(/\r$/, '');
    while (logical.endsWith('\\') && index + 1 < lines.length) logical = logical.slice(0, -1) + lines[++index].replace(/\r$/, '');
    const words = tokenize(logical.trim(), `${file}:${line}`);
    if (!words.length) continue;
    const [first] = words;
    if (first.startsWith('</')) {
      const name = first.slice(2, -1);
      if (words.length !== 1 || !first.endsWith('>')) throw new Error(`${file}:${line}: a closing tag takes nothing else`);
      const section = open.pop();
      if (!section || !section.name) throw new Error(`${file}:${line}: </${name}> closes nothing`);
      if (section.name.toLowerCase() !== name.toLowerCase())
        throw new Error(`${file}:${line}: </${name}> closes <${section.name}> of line ${section.line}`);
      continue;
    }
    if (first.startsWith('<')) {
      const last = words.at(-1);
      if (!last.endsWith('>')) throw new Error(`${file}:${line}: a section tag ends with >`);
      const inner = [first.slice(1), ...words.slice(1)];
      inner[inner.length - 1] = inner.at(-1).slice(0, -1);
      const [name, ...args] = inner.filter((word) => word !== '');
      if (!isToken(name)) throw new Error(`${file}:${line}: a section needs a name`);
      const section = { kind: 'section', name, args, line, children: [] };
      open.at(-1).children.push(section);
      open.push({ name, children: section.children, line });
      continue;
    }
    if (!isToken(first)) throw new Error(`${file}:${line}: not a directive: ${JSON.stringify(first)}`);
    open.at(-1).children.push({ kind: 'directive', name: first, args: words.slice(1), line });
  }
  if (open.length > 1) throw new Error(`${file}: <${open.at(-1).name}> of line ${open.at(-1).line} is never closed`);
  return root.children;
}

/** One logical line's words: quoted arguments unquoted, `#` at the start a comment. */
function tokenize(text, where) {
  if (!text || text.startsWith('#')) return [];
  const words = [];
  let at = 0;
  while (at < text.length) {
    if (text[at] === ' ' || text[at] === '\t') {
      at++;
      continue;
    }
    if (text[at] === '"') {
      let word = '';
      at++;
      while (at < text.length && text[at] !== '"') {
        if (text[at] === '\\' && at + 1 < text.length) at++;
        word += text[at++];
      }
      if (at >= text.length) throw new Error(`${where}: a quoted argument is never closed`);
      at++;
      // A closing quote is followed by a space, or by the > of a section tag.
      if (at < text.length && text[at] !== ' ' && text[at] !== '\t' && text[at] !== '>')
        throw new Error(`${where}: text right after a closing quote`);
      if (text[at] === '>') {
        word += '>';
        at++;
      }
      words.push(word);
      continue;
    }
    let word = '';
    while (at < text.length && text[at] !== ' ' && text[at] !== '\t') {
      if (text[at] === '"') throw new Error(`${where}: a quote inside a bare word`);
      word += text[at++];
    }
    words.push(word);
  }
  return words;
}

/**
 * What Apache does with these `.htaccess` files for one file, given in the
 * order Apache merges them (the site root's first, then each folder's on the
 * way down): the response headers, and its content type with charset.
 * Only the directives kopiena writes are understood; anything else throws.
 * @param {string[]} configs the files' texts, root first
 * @param {string} fileName the requested file's name, for its extension
 * @param {{ modules?: string[] }} [options] the modules Apache has (`<IfModule>`)
 */
export function apacheResponse(configs, fileName, { modules = ['mod_mime.c', 'mod_headers.c'] } = {}) {
  const headers = new Map();
  const types = new Map();
  const charsets = new Map();
  const apply = (nodes) => {
    for (const node of nodes) {
      if (node.kind === 'section') {
        if (node.name !== 'IfModule' || node.args.length !== 1)
          throw new Error(`line ${node.line}: only <IfModule module> is expected, got <${node.name}>`);
        if (modules.includes(node.args[0])) apply(node.children);
      } else if (node.name === 'Header') {
        if (node.args.length !== 3 || node.args[0] !== 'set' || !isToken(node.args[1]))
          throw new Error(`line ${node.line}: expected Header set Name "value"`);
        headers.set(node.args[1].toLowerCase(), node.args[2]);
      } else if (node.name === 'AddType' || node.name === 'AddCharset') {
        const [value, ...extensions] = node.args;
        if (!extensions.length || !extensions.every((ext) => ext.startsWith('.')))
          throw new Error(`line ${node.line}: ${node.name} takes a value and .extensions`);
        for (const ext of extensions) (node.name === 'AddType' ? types : charsets).set(ext.slice(1).toLowerCase(), value);
      } else throw new Error(`line ${node.line}: ${node.name} is not a directive kopiena writes`);
    }
  };
  configs.forEach((config, index) => apply(parseApacheConfig(config, `.htaccess #${index + 1}`)));
  const ext = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase() : '';
  const type = types.get(ext);
  return {
    headers: Object.fromEntries(headers),
    contentType: type && charsets.has(ext) ? `${type}; charset=${charsets.get(ext)}` : type,
  };
}
