import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { FeedError, type FeedErrorCode } from '../feed/errors.js';
import { renderError, renderSkeleton } from './states.js';

const codes: FeedErrorCode[] = ['network', 'http', 'timeout', 'parse', 'version', 'schema', 'too-large', 'not-found'];

function rendered(template: unknown): HTMLDivElement {
  const holder = document.createElement('div');
  render(template, holder);
  return holder;
}

describe('states', () => {
  it('a skeleton is busy, announces loading once and holds the asked number of lines', () => {
    const holder = rendered(renderSkeleton(5));
    const base = holder.querySelector('[part="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(holder.querySelectorAll('[role="status"]')).to.have.length(1);
    expect(holder.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    expect(holder.querySelectorAll('span[aria-hidden="true"]')).to.have.length(5);
  });

  it('an error is a status message with its code and a reason of its own per code; a load failure starts with the generic sentence', () => {
    const reasons = codes.map((code) => {
      const status = rendered(renderError(new FeedError(code, `technical ${code}`))).querySelector('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('data-code')).to.equal(code);
      const text = status.textContent!.replace(/\s+/g, ' ').trim();
      // Not found is one sentence: the feed did load, only the item is missing.
      expect(text.startsWith('The news could not be loaded. '), code).to.equal(code !== 'not-found');
      expect(text).not.to.include('technical'); // the developer's message is for the event, not the reader
      return text;
    });
    expect(new Set(reasons).size).to.equal(codes.length);
  });

  it('an error may have its own headline; no error renders nothing', () => {
    const text = (template: unknown) => rendered(template).textContent!.replace(/\s+/g, ' ').trim();
    expect(text(renderError(new FeedError('not-found', 'x'), 'The contact was not found.'))).to.equal('The contact was not found.');
    expect(text(renderError(new FeedError('http', 'x'), 'No contact.'))).to.equal('No contact. The feed server answered with an error.');
    expect(rendered(renderError(undefined)).children).to.have.length(0);
  });
});
