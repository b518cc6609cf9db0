import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ContactCard } from '../src/contact-card/contact-card.js';
import { feed, longTexts, NEVER, stubNeverEndingFetch } from './fixtures.js';

// Controls and the render come from custom-elements.json (.storybook/manifest-controls.ts).
const meta: Meta<ContactCard> = {
  title: 'Elements/contact-card',
  component: 'contact-card',
  tags: ['autodocs'],
  args: { contact: 'arvita-juksa', feed },
};
export default meta;

type Story = StoryObj<ContactCard>;

export const FromTheFeed: Story = {};
export const Compact: Story = { args: { layout: 'compact' } };
export const AnotherPerson: Story = { args: { contact: 'kristine-liepina' } };
export const Inline: Story = {
  args: {
    contact: undefined,
    feed: undefined,
    name: 'Arvita Jukša',
    jobTitle: 'koordinatore',
    organization: 'IIC',
    phone: '+371 26825598',
    email: 'arvita.juksa@inbox.lv',
  },
};
export const OverridesTheFeed: Story = { args: { phone: '+371 11 111 111' } };
export const InvalidPhoneAndEmail: Story = {
  args: { contact: undefined, feed: undefined, name: 'Anna Bērziņa', phone: 'call the office', email: 'anna at example' },
};
export const LongTexts: Story = { args: { feed: longTexts() } };
export const Loading: Story = { args: { feed: undefined, src: NEVER, timeout: 2 ** 31 - 1 }, beforeEach: () => stubNeverEndingFetch() };
export const NotFound: Story = { args: { contact: 'nobody' } };
