// The custom elements manifest, from the elements' JSDoc (attributes,
// properties, events, slots, parts, CSS properties). Private and @internal
// members stay out: the manifest is the public API, and Storybook reads it.
// Committed; CI regenerates it and fails when it drifts from the JSDoc.
const publicOnly = {
  name: 'kopiena-public-only',
  packageLinkPhase({ customElementsManifest }) {
    // Files are analyzed in no fixed order; sorted, the committed manifest changes only when the API does.
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.members) {
          declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
        }
      }
    }
  },
};

// Names of a choice or a constant mean nothing to a reader of the manifest (or
// to Storybook, which builds its controls from it): an attribute typed `Grouping`
// is recorded as `'none' | 'year' | 'month'`, a default of `DEFAULT_TIMEOUT`
// as `10000`. Only names declared once among the analyzed files are replaced.
const resolvedNames = {
  name: 'kopiena-resolve-names',
  analyzePhase({ ts, node }) {
    if (ts.isTypeAliasDeclaration(node) && isChoice(ts, node.type)) record(aliases, node.name.text, node.type.getText());
    if (isModuleConstant(ts, node) && isLiteral(ts, node.initializer))
      record(constants, node.name.text, ts.isNumericLiteral(node.initializer) ? node.initializer.text : node.initializer.getText());
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
          if (item.type?.text) item.type.text = resolveType(item.type.text);
          if (item.default && constants.get(item.default)) item.default = constants.get(item.default);
        }
      }
    }
  },
};
const aliases = new Map();
const constants = new Map();
/** A name declared twice is ambiguous: it maps to null and stays as written. */
function record(names, name, text) {
  names.set(name, names.has(name) ? null : text);
}
/** `'none' | 'year' | 'month'`: a union of literals, which says more than its name. */
function isChoice(ts, type) {
  return (ts.isUnionTypeNode(type) ? type.types : [type]).every((member) => ts.isLiteralTypeNode(member));
}
function isModuleConstant(ts, node) {
  return (
    ts.isVariableDeclaration(node) &&
    ts.isIdentifier(node.name) &&
    node.initializer &&
    node.parent.flags & ts.NodeFlags.Const &&
    ts.isSourceFile(node.parent.parent?.parent)
  );
}
function isLiteral(ts, node) {
  return ts.isNumericLiteral(node) || ts.isStringLiteral(node) || node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword;
}
/** `Grouping | undefined` → `'none' | 'year' | 'month' | undefined`: each member of a union that names an alias. */
function resolveType(text) {
  return text
    .split('|')
    .map((member) => aliases.get(member.trim()) ?? member.trim())
    .join(' | ');
}

export default {
  globs: ['src/**/*.ts'],
  // src/core.ts only re-exports, for the command (cli/): nothing of the elements' API.
  exclude: ['src/**/*.test.ts', 'src/generated/**', 'src/**/*.styles.ts', 'src/core.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [resolvedNames, publicOnly],
};
