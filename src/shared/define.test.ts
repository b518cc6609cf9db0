import { expect } from '@open-wc/testing';
import { define } from './define.js';

describe('define', () => {
  it('defines a name once: a second definition (kopiena loaded twice) is ignored, not thrown', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('kopiena-define-test', First);
    expect(() => define('kopiena-define-test', Second)).not.to.throw();
    expect(customElements.get('kopiena-define-test')).to.equal(First);
  });
});
