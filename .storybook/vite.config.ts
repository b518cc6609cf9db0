import { defineConfig } from 'vite';

// Storybook's own Vite settings: the stories import the sources directly.
export default defineConfig({});
