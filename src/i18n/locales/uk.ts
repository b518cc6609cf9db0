// One lazily loaded chunk for this locale: its messages and its date wording.
export { templates } from '../../generated/locales/uk.js';
export { phrases } from '../dates/uk.js';
