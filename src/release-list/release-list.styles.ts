import { css } from 'lit';
import { baseStyles } from '../shared/styles.js';

export const styles = [
  baseStyles,
  css`
  :host {
    --_divider: var(--kopiena-list-divider, var(--_border));
  }
  .list__items {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .item {
    padding: calc(var(--_space) * 0.75) 0;
    border-block-end: 1px solid var(--_divider);
  }
  .item:first-child {
    padding-block-start: 0;
  }
  .item:focus {
    outline: none;
  }
  .item:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .item__title {
    font-size: 1.15em;
    line-height: 1.25;
    margin: 0 0 0.25em;
    overflow-wrap: break-word;
  }
  .item__title a {
    color: inherit;
  }
  .item__date {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0 0 0.35em;
  }
  .item__summary {
    margin: 0;
  }
`,
];
