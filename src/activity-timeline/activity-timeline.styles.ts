import { css } from 'lit';
import { baseStyles } from '../shared/styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      --_line: var(--kopiena-timeline-line, var(--_border));
      --_dot: var(--kopiena-timeline-dot, var(--_accent));
    }
    .timeline__list {
      list-style: none;
      margin: 0 0 var(--_space);
      padding: 0;
    }
    .timeline__group-heading {
      font-size: 1.15em;
      margin: var(--_space) 0 calc(var(--_space) * 0.5);
    }
    .item {
      position: relative;
      padding: 0 0 calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
      border-inline-start: 2px solid var(--_line);
      margin-inline-start: 0.4rem;
    }
    .item:last-child {
      padding-bottom: calc(var(--_space) * 0.25);
    }
    .item::before {
      content: '';
      position: absolute;
      inset-inline-start: calc(-0.4rem - 1px);
      top: 0.35em;
      width: 0.8rem;
      height: 0.8rem;
      border-radius: 50%;
      background: var(--_dot);
      border: 2px solid var(--_background);
    }
    .item:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 4px;
    }
    .item:focus {
      outline-offset: 4px;
    }
    .item .item__when {
      color: var(--_muted);
      font-size: 0.95em;
      margin: 0;
    }
    .item__title {
      font-size: 1.1em;
      line-height: 1.3;
      margin: 0.15em 0 0.35em;
    }
    .item p {
      margin: 0 0 0.35em;
    }
    .item__facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      color: var(--_muted);
    }
    .badge {
      color: var(--_accent);
      border: 1px solid currentColor;
      border-radius: 999px;
      padding: 0 0.6em;
      font-size: 0.9em;
    }
    .item__people,
    .item__release {
      color: var(--_muted);
      font-size: 0.95em;
    }
    @media (forced-colors: active) {
      .item::before {
        background: CanvasText;
      }
    }
    @media print {
      .timeline__more {
        display: none;
      }
    }
  `,
];
