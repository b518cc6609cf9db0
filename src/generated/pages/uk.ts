
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'embed-all-releases': `Усі релізи`,
'embed-code': `Код`,
'embed-code-label': `Код для вашої сторінки`,
'embed-compact': `Компактний`,
'embed-contact-options': `Налаштування картки контакту`,
'embed-copied': `Скопійовано`,
'embed-copy': `Копіювати код`,
'embed-description': str`Показуйте прес-релізи, заходи й контакти проєкту «${0}» на своєму сайті: виберіть віджет, перегляньте його й скопіюйте код.`,
'embed-element': `Елемент`,
'embed-element-contact': `Картка контакту`,
'embed-element-release': `Прес-реліз`,
'embed-element-timeline': `Хронологія заходів`,
'embed-full': `Повний текст`,
'embed-full-card': `Повний, з кнопкою «Зберегти контакт»`,
'embed-group-month': `За місяцями`,
'embed-group-none': `Без груп`,
'embed-group-year': `За роками`,
'embed-grouping': `Групування`,
'embed-intro': `Виберіть віджет, реліз, мову й вигляд, перевірте попередній перегляд і скопіюйте код у HTML своєї сторінки. Віджет читає джерело новин цього сайту, тож завжди показує актуальне.`,
'embed-language': `Мова віджета`,
'embed-latest': `Найновіший реліз (змінюється з кожним новим)`,
'embed-layout': `Вигляд`,
'embed-limit': `Скільки заходів показати одразу`,
'embed-order': `Порядок`,
'embed-order-asc': `Спочатку старі`,
'embed-order-desc': `Спочатку нові`,
'embed-paste-hint': `Вставте його туди, де має бути віджет. Рядок зі скриптом потрібен на сторінці лише один раз, хоч би скільки віджетів на ній було.`,
'embed-person': `Особа`,
'embed-preview': `Попередній перегляд`,
'embed-refused': `Копіювання не дозволено. Код виділено: натисніть Ctrl+C (⌘C на Mac), щоб скопіювати його.`,
'embed-relative-note': `Цей сайт зібрано без --base-url, тому в коді вказано адресу, з якої відкрито цю сторінку. Сайту партнера потрібна повна публічна адреса джерела новин (починається з https://): перевірте її перед копіюванням.`,
'embed-release': `Реліз`,
'embed-release-options': `Налаштування прес-релізу`,
'embed-script-heading': `Скрипт`,
'embed-script-own': `Скрипт завантажується з цього сайту, тож браузери ваших читачів не звертаються ні до кого іншого.`,
'embed-script-where': `Для сторінок, до яких можна додати HTML зі скриптом.`,
'embed-share': `Показувати посилання «Поширити» (Facebook, копіювати посилання)`,
'embed-teaser': `Анонс із посиланням «Читати далі»`,
'embed-timeline-options': `Налаштування хронології`,
'embed-widget': `Віджет`,
'page-description': str`Прес-релізи, заходи та контакти проєкту «${0}».`,
'page-embed': `Вбудувати на свій сайт`,
'page-frame-timeline': str`Заходи проєкту «${0}»`,
'page-navigation': `Навігація`,
'page-preview': `Попередній перегляд із чернетками та релізами під ембарго: не публічно, не поширюйте.`,
'page-preview-first-build': `Виправте те, що перелічено, і збережіть: тут з’явиться сайт.`,
'page-preview-heading': `Сайт не оновлено: у ваших файлах є помилки`,
'page-preview-hide': `Приховати`,
'page-preview-last-good': `Це остання робоча версія. Виправте те, що перелічено, і збережіть: сторінка оновиться сама.`,
'page-preview-waiting': `Сайту ще немає: у вихідних файлах є помилки, їх показано тут і в терміналі.`,
'page-search-button': `Знайти`,
'page-search-failed': `Не вдалося завантажити пошук. Перезавантажте сторінку й спробуйте ще раз.`,
'page-search-found': `Відповідні прес-релізи:`,
'page-search-label': `Пошук у прес-релізах`,
'page-search-none': `Жоден прес-реліз не містить цих слів. Спробуйте інші слова або менше слів.`,
'page-topics': `Теми`,
    };
  