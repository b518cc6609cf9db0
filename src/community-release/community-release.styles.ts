import { css } from 'lit';
import { baseStyles } from '../shared/styles.js';
import { contactStyles } from '../shared/contact.styles.js';

export const styles = [
  baseStyles,
  contactStyles,
  css`
    .release__partnership,
    .release__dateline,
    .release__place,
    .release__about {
      color: var(--_muted);
    }
    .release__partnership,
    .release__about {
      font-size: 0.95em;
    }
    .release__social,
    .release__hashtags {
      list-style: none;
      margin: 0 0 calc(var(--_space) * 0.75);
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
    }
    .release__social a,
    .release__hashtags a,
    .release__share a {
      display: inline-block;
      min-height: 24px;
      line-height: 24px;
    }
    .release__title {
      font-size: 1.6em;
      line-height: 1.2;
      margin: calc(var(--_space) * 0.5) 0;
      text-transform: uppercase;
      letter-spacing: 0.01em;
      overflow-wrap: break-word;
    }
    .release--teaser .release__title {
      font-size: 1.3em;
      text-transform: none;
    }
    .release__title a {
      color: inherit;
    }
    .release__label {
      font-size: 1em;
      margin: var(--_space) 0 0.25em;
    }
    .release__about {
      font-style: italic;
      border-block: 1px solid var(--_border);
      padding-block: calc(var(--_space) * 0.75);
      margin-block: var(--_space);
    }
    .release__link {
      margin: 0.25em 0;
    }
    .release__share {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      margin-top: var(--_space);
      padding-top: var(--_space);
      border-top: 1px solid var(--_border);
    }
    .release__url {
      user-select: all;
      overflow-wrap: anywhere;
    }
    .release__read-more {
      display: inline-block;
      min-height: 24px;
      margin-top: 0.25em;
    }
    @media print {
      .release__share {
        display: none;
      }
    }
  `,
];
