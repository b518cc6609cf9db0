import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { feed, manyActivities, NEVER, stubNeverEndingFetch } from './fixtures.js';

interface Args {
  release?: string;
  order: 'asc' | 'desc';
  from?: string;
  to?: string;
  limit: number;
  group: 'none' | 'year' | 'month';
  headingLevel: number;
  releaseHref?: string;
  src?: string;
  feed?: unknown;
  timeout?: number;
}

const render = (args: Args) => html`<activity-timeline
  release=${args.release ?? nothing}
  order=${args.order}
  from=${args.from ?? nothing}
  to=${args.to ?? nothing}
  limit=${args.limit}
  group=${args.group}
  heading-level=${args.headingLevel}
  release-href=${args.releaseHref ?? nothing}
  src=${args.src ?? nothing}
  timeout=${args.timeout ?? nothing}
  .feed=${args.feed}
></activity-timeline>`;

const meta: Meta<Args> = {
  title: 'Elements/activity-timeline',
  component: 'activity-timeline',
  tags: ['autodocs'],
  render,
  args: { order: 'desc', limit: 20, group: 'none', headingLevel: 2, feed },
  argTypes: {
    order: { control: 'inline-radio', options: ['desc', 'asc'] },
    group: { control: 'inline-radio', options: ['none', 'year', 'month'] },
    feed: { control: false },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const SeedActivities: Story = { args: { release: 'latest' } };
export const AllReleasesLinked: Story = { args: { releaseHref: '#/news/{id}' } };
export const Ascending: Story = { args: { order: 'asc' } };
export const GroupedByMonth: Story = { args: { group: 'month', headingLevel: 3 } };
export const GroupedByYear: Story = { args: { group: 'year', feed: manyActivities(60) } };
export const DateWindow: Story = { args: { from: '2020-04-25', to: '2020-04-30' } };
export const ManyItemsPaged: Story = { args: { feed: manyActivities(500), limit: 10 } };
export const Empty: Story = { args: { from: '2030-01-01' } };
export const Loading: Story = { args: { feed: undefined, src: NEVER, timeout: 2 ** 31 - 1 }, beforeEach: () => stubNeverEndingFetch() };
export const ErrorHttp: Story = { args: { feed: undefined, src: './no-such-feed.json' } };
export const ErrorNotFound: Story = { args: { release: 'missing' } };
