import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ReleaseList } from '../src/release-list/release-list.js';
import { feed, manyReleases, NEVER, stubNeverEndingFetch } from './fixtures.js';

// Controls and the render come from custom-elements.json (.storybook/manifest-controls.ts).
const meta: Meta<ReleaseList> = {
  title: 'Elements/release-list',
  component: 'release-list',
  tags: ['autodocs'],
  args: { feed: manyReleases(24), href: '#/news/{id}' },
};
export default meta;

type Story = StoryObj<ReleaseList>;

/** The newest five (the draft, the second newest, never shows), with "Show more". */
export const Newest: Story = {};
export const ThreeAtATime: Story = { args: { count: 3 } };
export const OfOneTopic: Story = { args: { topic: 'libraries' } };
export const TitlesWithoutLinks: Story = { args: { href: undefined, headingLevel: 3 } };
export const TheSeedFeed: Story = { args: { feed } };
export const Empty: Story = { args: { topic: 'no-such-topic' } };
export const Loading: Story = { args: { feed: undefined, src: NEVER, timeout: 2 ** 31 - 1 }, beforeEach: () => stubNeverEndingFetch() };
export const ErrorHttp: Story = { args: { feed: undefined, src: './no-such-feed.json' } };
