import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { localeTable } from '../src/i18n/locale-table.js';
import { manifestControls } from './manifest-controls.js';
import '../src/index.js';
import './preview.css';
import '../demo/brand-theme.css';

// Attribute, property, event, part and CSS property tables come from the JSDoc, once;
// so do the controls and the render of every element's stories.
setCustomElementsManifest(manifest);
const controls = manifestControls(manifest);

/** Every story sits in a page of the chosen language and theme. */
const page: Decorator = (story, { globals }) =>
  html`<div class="kopiena-story theme-${globals.theme ?? 'light'} ${globals.theme === 'brand' ? 'brand' : ''}" lang=${globals.locale ?? 'lv'}>${story()}</div>`;

const preview: Preview = {
  decorators: [page],
  render: controls.render,
  argsEnhancers: [controls.argsEnhancer],
  argTypesEnhancers: [controls.argTypesEnhancer],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: Object.entries(localeTable).map(([value, { name }]) => ({ value, title: name })),
      },
    },
    theme: {
      description: 'Page theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Partner brand' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'lv', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    docs: { extractArgTypes: controls.extractArgTypes },
    // Accessibility violations fail the story, in the UI and in tests.
    a11y: { test: 'error' },
  },
};

export default preview;
