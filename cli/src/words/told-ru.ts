/** What the command tells outside a file's problems, in Russian (told.ts). */
import type { Tellings } from './catalogue.js';
import type { RemoteSlip } from './told.js';
import { counted, oneDecimal, wholeMegabytes } from './plural.js';

const q = (value: string) => `«${value}»`;

/** Why a web address could not be read. */
const remote = (why: RemoteSlip): string => {
  switch (why.slip) {
    case 'not-address':
      return 'это не корректный веб-адрес';
    case 'compressed':
      return `ответ сжат в формате ${q(why.name)}, который kopiena не умеет читать`;
    case 'too-large':
      return `${why.uncompressed ? 'в распакованном виде ' : ''}${why.size ? `он весит ${wholeMegabytes(why.size, 'МБ')}` : `он больше ${wholeMegabytes(why.limit, 'МБ')}`}, а источник новостей может весить не больше ${wholeMegabytes(why.limit, 'МБ')}`;
    case 'redirects':
      return `адрес перенаправляет больше ${why.limit} раз`;
    case 'redirect-not-address':
      return `адрес перенаправляет на ${q(why.location)}, а это не веб-адрес`;
    case 'redirect-not-http':
      return `адрес перенаправляет на ${why.href}, а переходы выполняются только по адресам http и https`;
    case 'status':
      return why.status === 404 ? 'такой страницы на сервере нет (404)' : `сервер ответил ошибкой ${why.status}`;
    case 'timeout':
      return why.answered ? `ответ не пришёл полностью за ${why.seconds} с` : `нет ответа за ${why.seconds} с`;
    case 'no-server':
      return `сервера с именем ${why.host} нет`;
    case 'lookup':
      return `имя ${why.host} не удалось найти (подключён ли компьютер к интернету?)`;
    case 'refused':
      return `по адресу ${why.host} никто не отвечает`;
    case 'closed':
      return 'сервер закрыл соединение, не передав ответ полностью';
    case 'unreachable':
      return 'до сервера не удаётся достучаться (подключён ли компьютер к интернету?)';
    case 'damaged':
      return 'сжатый ответ повреждён';
    case 'certificate':
      return 'сертификат безопасности сервера недействителен';
    case 'not-http':
      return 'сервер ответил не как веб-сервер';
    case 'failed':
      return `соединение не удалось (${why.system})`;
  }
};

export const tellsRu: Tellings = {
  'no-input': ({ input, folder }) => `${input}: такого ${folder ? 'файла или папки' : 'файла'} нет (проверьте имя и то, в какой папке вы находитесь)`,
  'not-source-folder': ({ input }) => `${input} — не исходная папка kopiena: в ней нет kopiena.yml (его создаёт kopiena init)`,
  'input-problem': ({ input, said }, say) => `${input}: ${say(said)}`,
  remote: ({ address, ...why }) => `не удалось прочитать ${address}: ${remote(why)}`,
  'unknown-command': ({ name }) => `неизвестная команда ${q(name)}`,
  unexpected: ({ detail }) => `непредвиденная ошибка: ${detail} (пожалуйста, сообщите о ней; KOPIENA_DEBUG=1 покажет подробности)`,
  'import-not-xml': ({ input }) =>
    `${input} не удаётся прочитать как источник новостей: его теги повреждены (какой-то не закрыт, или это не источник новостей)`,
  'import-unknown': ({ input, json }) =>
    json
      ? `${input} — это JSON, но не источник новостей kopiena (version 1) и не JSON Feed`
      : `${input} — не источник новостей kopiena, не JSON Feed, не RSS 2.0 и не Atom`,
  'import-not-exact': () =>
    'источник новостей не удалось записать в папку так, чтобы он читался обратно в точности; ничего не записано (пожалуйста, сообщите об этом)',
  'import-options-twice': () => '--lang и --language — одна и та же опция (--language — её прежнее название); укажите одну',
  'import-language-tag': ({ value, option, input }) =>
    option
      ? `${option}: ${q(value)} — не код языка; напишите, например, lv, en, ru или pt-BR`
      : `${input} указывает свой язык как ${q(value)}, но это не код языка; укажите язык через --lang, например --lang lv`,
  'import-language-overridden': ({ input, own, language, option }) =>
    `${input} указывает язык ${own}; его текст записан как ${language}, как указано в ${option}`,
  'import-language-guessed': ({ input, guess, fromComputer }) =>
    `${input} не указывает, на каком он языке; его текст записан как ${guess} (${fromComputer ? 'язык этого компьютера' : 'английский, если не указано иное'}). Если это не так, импортируйте его снова с --lang и языком, например --lang de`,
  'import-picture-unsized': ({ releases }) =>
    `первое изображение в тексте ${releases.join(', ')} не указывает свой размер, поэтому картинкой для соцсетей оно не станет; если оно не меньше 600 × 300 px, укажите его как изображение релиза (image:)`,
  'import-wrote': ({ folder, name, count }) =>
    `записано в ${folder}: kopiena.yml${name ? ` для ${q(name)}` : ''} и ${counted('ru', count, { one: 'релиз', few: 'релиза', many: 'релизов', other: 'релиза' })}`,
  'import-whole': ({ ids }) => `записано целиком в поля файла релиза (без точного разделения по языкам): ${ids.join(', ')}`,
  'import-check': ({ folder }) => `проверьте результат: kopiena validate ${folder}`,
  'serve-remote': () => 'serve показывает папку или файл источника новостей на этом компьютере (веб-адрес читает kopiena build)',
  'serve-port-option': ({ given }) => `--port должен быть целым числом от 0 до 65535 (указано ${q(given)})`,
  'serve-port-moved': ({ port, bound }) => `порт ${port} занят, поэтому предпросмотр открыт на порту ${bound}`,
  'serve-port-taken': ({ port, refused }) =>
    `порт ${port} ${refused ? 'недоступен этому пользователю' : 'занят (другим kopiena serve или другой программой)'}; укажите другой, например --port ${port + 1}`,
  'serve-cannot-listen': ({ port }) => `предпросмотр не может открыть порт ${port} на этом компьютере; укажите другой, например --port ${port + 1}`,
  'serve-started': ({ input, origin }) =>
    `предпросмотр ${input} открыт по адресу ${origin}/ и обновляется при каждом сохранении; Ctrl+C останавливает его`,
  'serve-built': ({ seconds, origin }) => `собрано за ${oneDecimal('ru', seconds)} с, ${origin}/`,
  'serve-watch-stopped': ({ input }) => `изменения в ${input} больше не отслеживаются; остановите kopiena serve (Ctrl+C) и запустите снова`,
  'serve-stopped': () => 'остановлено',
  'usage-name-one': ({ what }) =>
    `укажите ${{ folder: 'одну папку', source: 'одну исходную папку, файл источника новостей или его веб-адрес', feed: 'один файл источника новостей или его веб-адрес', local: 'одну исходную папку или файл источника новостей' }[what]}`,
  'usage-no-argument': ({ given }) => `у этой команды нет аргументов (указано ${q(given)})`,
  'usage-unknown-option': ({ option }) => `неизвестная опция ${option}`,
  'usage-needs-value': ({ option }) => `для опции ${option} нужно значение`,
  'usage-required': ({ option }) => `нужно указать ${option}`,
  'usage-format': () => '--format — это text или json',
  'usage-language-tag': ({ option, value }) => `${option}: ${q(value)} — не код языка; напишите, например, lv, en или pt-BR`,
  'usage-page-languages': ({ given, supported }) => `--lang: страницы могут быть на языках ${supported.join(', ')} (указано ${q(given)})`,
  'usage-base-url': ({ given }) => `--base-url должен быть полным веб-адресом, начинающимся с https:// или http:// (указано ${q(given)})`,
  'usage-page-size': ({ given }) => `--page-size должен быть целым числом не меньше 1 (указано ${q(given)})`,
  'out-unreadable': ({ folder, reason }, say) => `${folder}: ${say({ code: 'unreadable', reason })}`,
  'out-dangling-link': ({ folder }) => `${folder} — ссылка на несуществующую папку; укажите другую папку`,
  'out-overlap': ({ out, source, how, beside }) =>
    `--out ${out} ${
      how === 'same'
        ? `— это сама исходная папка ${source}: запись туда заменила бы её`
        : how === 'inside'
          ? `находится внутри исходной папки ${source}: результат смешался бы с тем, из чего он сделан`
          : `содержит исходную папку ${source}: запись туда заменила бы её`
    }; ${beside ? `укажите папку вне её, например --out ${beside}` : 'укажите другую папку'}`,
  'out-is-file': ({ out }) => `${out} — это файл; укажите новую или пустую папку`,
  'out-not-empty': ({ out, manifest }) =>
    manifest
      ? `--out ${out} не пуста и не является сайтом, записанным kopiena build (в ней нет ${manifest}); укажите новую или пустую папку или сначала переместите из неё файлы (ничего никогда не перезаписывается)`
      : `${out} не пуста; укажите новую или пустую папку (ничего никогда не перезаписывается)`,
  'init-wrote': ({ folder }) => `записано в ${folder}: kopiena.yml, пример релиза в releases/ (lv, en, ru), README.md и admin/ (форма CMS)`,
  'init-hint': ({ does }) => (does === 'check' ? 'проверить её' : 'собрать сайт рядом с ней'),
  'out-changed': ({ out }) => `--out ${out} больше не пуста; ничего не записано (ничего никогда не перезаписывается)`,
  'build-held': ({ count, preview }) =>
    preview
      ? `предпросмотр (--drafts): каждая страница noindex и помечена как предпросмотр; в нём видны и ${counted('ru', count, { one: 'релиз', few: 'релиза', many: 'релизов', other: 'релиза' })}, которых нет на публичном сайте:`
      : `${counted('ru', count, { one: 'релиз не попадает', few: 'релиза не попадают', many: 'релизов не попадают', other: 'релиза не попадают' })} на сайт до своего срока (kopiena build --drafts показывает ${count % 10 === 1 && count % 100 !== 11 ? 'его' : 'их'} в предпросмотре):`,
  'build-held-release': ({ id, because, published }) => `  ${id}: ${because === 'draft' ? 'черновик' : `эмбарго до ${published}`}`,
  'build-wrote': ({ site, out }) => {
    const n = (count: number, one: string, few: string, many: string) => counted('ru', count, { one, few, many, other: few });
    return (
      `${n(site.pages, 'страница', 'страницы', 'страниц')} (${n(site.reading, 'страница релиза или списка', 'страницы релизов и списков', 'страниц релизов и списков')}, ${n(site.embed, 'страница', 'страницы', 'страниц')} для встраивания, ${n(site.frames, 'страница', 'страницы', 'страниц')} для iframe${site.absolute ? ' с oEmbed' : ''}), ` +
      `${n(site.shareImages, 'изображение', 'изображения', 'изображений')} для соцсетей, feed.json${site.archives ? ` с ${n(site.archives, 'страницей', 'страницами', 'страницами')} архива` : ''}` +
      `${site.absolute ? `, RSS, Atom и JSON Feed на ${n(site.languages, 'языке', 'языках', 'языках')}, sitemap.xml` : ''} и robots.txt в ${out}`
    );
  },
  'build-no-base-url': () =>
    'без --base-url нет RSS, Atom, JSON Feed, sitemap.xml и oEmbed (им нужны полные адреса: без oEmbed ссылка на страницу релиза, вставленная в WordPress, остаётся просто ссылкой), а ссылки относительные (Facebook показывает превью ссылки только для полных адресов)',
  'out-write-failed': ({ out, reason }) =>
    `${out} не удалось записать: ${
      reason === 'ENOSPC' || reason === 'EDQUOT'
        ? 'диск заполнен'
        : reason === 'EACCES' || reason === 'EPERM'
          ? 'этот компьютер не разрешает туда записывать (укажите свою папку)'
          : reason === 'EROFS'
            ? 'этот диск доступен только для чтения'
            : 'компьютер не смог её записать; попробуйте ещё раз'
    }; она осталась как была`,
  'import-unwritable': ({ slip, number, id, where, value }) =>
    ({
      'not-object': 'источник новостей — не объект JSON',
      'releases-not-list': '"releases" — не список',
      'no-id': `у релиза ${number} нет id из a-z, 0-9 и - (это имя папки релиза)`,
      'repeated-id': `релиз ${number} повторяет id "${id}"; каждому релизу нужна своя папка`,
      'language-tag': `${where}: ${value} — не код языка, например lv, en или pt-BR; ничего не записано`,
    })[slip],
};
