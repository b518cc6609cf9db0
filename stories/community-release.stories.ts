import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CommunityRelease } from '../src/community-release/community-release.js';
import { feed, longTexts, NEVER, stubNeverEndingFetch, tooLarge } from './fixtures.js';

// Controls and the render come from custom-elements.json (.storybook/manifest-controls.ts).
const meta: Meta<CommunityRelease> = {
  title: 'Elements/community-release',
  component: 'community-release',
  tags: ['autodocs'],
  args: { share: true, feed },
};
export default meta;

type Story = StoryObj<CommunityRelease>;

export const SeedRelease: Story = {};
export const Teaser: Story = { args: { layout: 'teaser', href: '#/news/{id}' } };
export const WithoutShare: Story = { args: { share: false } };
export const HeadingLevelThree: Story = { args: { headingLevel: 3 } };
export const ById: Story = { args: { release: '2020-05-07-daugavpils-iedvesmo' } };
export const LongTexts: Story = { args: { feed: longTexts() } };
export const Empty: Story = { args: { feed: { ...feed, releases: [] } } };
export const Loading: Story = {
  args: { feed: undefined, src: NEVER, timeout: 2 ** 31 - 1 },
  beforeEach: () => stubNeverEndingFetch(),
};

/** One story per `kopiena-error` code. */
export const ErrorNetwork: Story = { args: { feed: undefined, src: 'http://127.0.0.1:9/feed.json' } };
export const ErrorHttp: Story = { args: { feed: undefined, src: './no-such-feed.json' } };
export const ErrorTimeout: Story = { args: { feed: undefined, src: NEVER, timeout: 100 }, beforeEach: () => stubNeverEndingFetch() };
export const ErrorParse: Story = { args: { feed: undefined, src: './iframe.html' } };
export const ErrorVersion: Story = { args: { feed: { version: 2 } } };
export const ErrorSchema: Story = { args: { feed: [] } };
export const ErrorTooLarge: Story = { args: { feed: tooLarge() } };
export const ErrorNotFound: Story = { args: { release: 'missing' } };
