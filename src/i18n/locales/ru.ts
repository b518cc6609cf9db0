// One lazily loaded chunk for this locale: its messages and its date wording.
export { templates } from '../../generated/locales/ru.js';
export { phrases } from '../dates/ru.js';
