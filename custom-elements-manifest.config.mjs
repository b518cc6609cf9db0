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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/generated/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [publicOnly],
};
