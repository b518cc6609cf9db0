import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The project's vite.config.ts is for the demos and the library build.
  core: { builder: { name: '@storybook/builder-vite', options: { viteConfigPath: '.storybook/vite.config.ts' } }, disableTelemetry: true },
  docs: { defaultName: 'Docs' },
};

export default config;
