import { css } from 'lit';

/** Styles of the contact template, shared by `<contact-card>` and `<community-release>`. */
export const contactStyles = css`
  .contact {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .contact__name {
    font-weight: 600;
  }
  .contact--full p {
    margin: 0 0 0.25em;
  }
  .contact__role,
  .contact__organization {
    color: var(--_muted);
  }
  .contact__reach {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .contact a {
    display: inline-block;
    min-height: 24px;
    line-height: 24px;
  }
`;
