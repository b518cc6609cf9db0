import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { feed, longTexts, NEVER, stubNeverEndingFetch } from './fixtures.js';

interface Args {
  contact?: string;
  name?: string;
  jobTitle?: string;
  organization?: string;
  phone?: string;
  email?: string;
  layout: 'full' | 'compact';
  headingLevel: number;
  src?: string;
  feed?: unknown;
  timeout?: number;
}

const render = (args: Args) => html`<contact-card
  contact=${args.contact ?? nothing}
  name=${args.name ?? nothing}
  job-title=${args.jobTitle ?? nothing}
  organization=${args.organization ?? nothing}
  phone=${args.phone ?? nothing}
  email=${args.email ?? nothing}
  layout=${args.layout}
  heading-level=${args.headingLevel}
  src=${args.src ?? nothing}
  timeout=${args.timeout ?? nothing}
  .feed=${args.feed}
></contact-card>`;

const meta: Meta<Args> = {
  title: 'Elements/contact-card',
  component: 'contact-card',
  tags: ['autodocs'],
  render,
  args: { contact: 'arvita-juksa', layout: 'full', headingLevel: 2, feed },
  argTypes: { layout: { control: 'inline-radio', options: ['full', 'compact'] }, feed: { control: false } },
};
export default meta;

type Story = StoryObj<Args>;

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
