// The custom elements manifest, from the elements' JSDoc (attributes,
// properties, events, slots, parts, CSS properties). Private and @internal
// members stay out: the manifest is the public API, and Storybook reads it.
const publicOnly = {
  name: 'kopiena-public-only',
  packageLinkPhase({ customElementsManifest }) {
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
