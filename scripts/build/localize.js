// `npm run localize:build`: lit-localize's runtime build, written in two parts
// from the one XLIFF file of each language (translators see every string of
// the project there):
//   src/generated/locales/<code>.ts  the widgets' messages, each language a
//                                    lazily loaded chunk of the kit (1.5 kB budget);
//   src/generated/pages/<code>.ts    the words of the command's pages (ids
//                                    `page-…` and `embed-…`), which only the
//                                    command loads (src/i18n/page-messages.ts).
// So a sentence of the embed page costs the widgets nothing. lit-localize
// has one output per project; this runs its own runtime build twice, each
// time over one part of the messages (@lit/localize-tools is pinned exactly).
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

/** The ids of the command's page words (the one place that decides it). */
const isPageMessage = (id) => id.startsWith('page-') || id.startsWith('embed-');

class PartLocalizer extends RuntimeLitLocalizer {
  constructor(config, keep) {
    super(config);
    this.keep = keep;
  }

  /** @override Only this part's messages. */
  extractSourceMessages() {
    const { messages, errors } = super.extractSourceMessages();
    return { messages: messages.filter((message) => this.keep(message.name)), errors };
  }

  /** @override Only this part's translations. */
  readTranslationsSync() {
    const { translations } = super.readTranslationsSync();
    return {
      translations: new Map([...translations].map(([locale, messages]) => [locale, messages.filter((message) => this.keep(message.name))])),
    };
  }
}

const config = readConfigFileAndWriteSchema('lit-localize.json');
const widgets = new PartLocalizer(config, (id) => !isPageMessage(id));
const pages = new PartLocalizer(
  { ...config, output: { ...config.output, outputDir: 'src/generated/pages', localeCodesModule: undefined } },
  isPageMessage
);
for (const part of [widgets, pages]) {
  const { errors } = part.validateTranslations();
  if (errors.length > 0) {
    console.error(`Translations whose placeholders do not match the source:\n${errors.join('\n')}`);
    process.exit(1);
  }
  await part.build();
}
console.log('src/generated/locales (widgets) and src/generated/pages (the command’s pages) written');
