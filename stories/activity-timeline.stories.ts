import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ActivityTimeline } from '../src/activity-timeline/activity-timeline.js';
import { feed, manyActivities, NEVER, stubNeverEndingFetch } from './fixtures.js';

// Controls and the render come from custom-elements.json (.storybook/manifest-controls.ts).
const meta: Meta<ActivityTimeline> = {
  title: 'Elements/activity-timeline',
  component: 'activity-timeline',
  tags: ['autodocs'],
  args: { feed },
};
export default meta;

type Story = StoryObj<ActivityTimeline>;

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
