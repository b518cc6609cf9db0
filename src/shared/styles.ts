/**
 * Tokens and pieces every element shares. Public `--kopiena-*` properties
 * are read once into private `--_*` ones (as Material Web does), so a
 * missing or invalid value falls back in one place.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    --_font: var(--kopiena-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--kopiena-font-size, 1rem);
    --_text: var(--kopiena-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--kopiena-color-muted, light-dark(#555d66, #a8b1bb));
    --_background: var(--kopiena-color-background, light-dark(#ffffff, #16191d));
    --_surface: var(--kopiena-color-surface, light-dark(#f2f4f7, #22272e));
    --_border: var(--kopiena-color-border, light-dark(#c9ced6, #3d444d));
    --_accent: var(--kopiena-color-accent, light-dark(#0a58a8, #8cc4ff));
    --_danger: var(--kopiena-color-danger, light-dark(#a4161a, #ff9b9b));
    --_radius: var(--kopiena-radius, 0.5rem);
    --_space: var(--kopiena-spacing, 1rem);
    --_max-width: var(--kopiena-max-width, 44rem);
    display: block;
    box-sizing: border-box;
    max-width: var(--_max-width);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.55;
    color: var(--_text);
    background: var(--_background);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: var(--_background);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.25em 0.9em;
    min-height: 2.25rem;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .status {
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface);
    padding: calc(var(--_space) * 0.5) var(--_space);
    margin: 0 0 var(--_space);
  }
  .saved {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0 0 var(--_space);
  }
  .skeleton {
    display: grid;
    gap: 0.6em;
  }
  .skeleton span {
    display: block;
    height: 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .skeleton span:first-of-type {
    height: 1.8em;
    width: 70%;
  }
  .skeleton span:last-of-type {
    width: 55%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: kopiena-pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes kopiena-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media print {
    [part~='base'] {
      color: #000;
      background: none;
    }
    button {
      display: none;
    }
    /* Paper has no links: write the address after each, unless it is the text already. */
    a[href^='http']:not(.url)::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
  @media (forced-colors: active) {
    .skeleton span {
      background: CanvasText;
    }
    .status {
      border: 1px solid CanvasText;
    }
  }
`;
