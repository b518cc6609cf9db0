import { expect } from '@open-wc/testing';
import { FeedError } from '../feed/errors.js';
import { emit, errorDetail } from './events.js';

describe('events', () => {
  it('emit dispatches a CustomEvent that bubbles out of shadow roots, with its detail', () => {
    const outer = document.createElement('div');
    const host = outer.appendChild(document.createElement('div'));
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    document.body.append(outer);
    const heard: CustomEvent[] = [];
    outer.addEventListener('kopiena-error', (event) => heard.push(event));
    emit(inner, 'kopiena-error', { code: 'http', message: 'm', issues: [] });
    outer.remove();
    expect(heard).to.have.length(1);
    expect([heard[0].bubbles, heard[0].composed, heard[0].detail]).to.deep.equal([true, true, { code: 'http', message: 'm', issues: [] }]);
  });

  it('errorDetail keeps code, message and issues, and nothing else of the error', () => {
    const error = new FeedError('schema', 'bad', [{ path: 'releases[0].title', message: 'missing' }]);
    expect(errorDetail(error)).to.deep.equal({ code: 'schema', message: 'bad', issues: [{ path: 'releases[0].title', message: 'missing' }] });
  });
});
