import { css } from 'lit';
import { baseStyles } from '../shared/styles.js';
import { contactStyles } from '../shared/contact.styles.js';

export const styles = [
  baseStyles,
  contactStyles,
  css`
    .card--full {
      border: 1px solid var(--_border);
    }
    .card--full .contact__name {
      font-size: 1.15em;
      margin: 0 0 0.25em;
    }
    .contact .contact__reach {
      margin: 0.5em 0 0;
    }
    .card--compact .contact {
      margin: 0;
    }
    @media print {
      [part='save'] {
        display: none;
      }
    }
  `,
];
