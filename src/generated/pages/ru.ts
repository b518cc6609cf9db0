
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'embed-all-releases': `Все релизы`,
'embed-code': `Код`,
'embed-code-label': `Код для вашей страницы`,
'embed-compact': `Компактный`,
'embed-contact-options': `Настройки карточки контакта`,
'embed-copied': `Скопировано`,
'embed-copy': `Копировать код`,
'embed-description': str`Показывайте пресс-релизы, мероприятия и контакты проекта «${0}» на своём сайте: выберите виджет, посмотрите его и скопируйте код.`,
'embed-element': `Элемент`,
'embed-element-contact': `Карточка контакта`,
'embed-element-release': `Пресс-релиз`,
'embed-element-timeline': `Хронология мероприятий`,
'embed-full': `Полный текст`,
'embed-full-card': `Полный, с кнопкой «Сохранить контакт»`,
'embed-group-month': `По месяцам`,
'embed-group-none': `Без групп`,
'embed-group-year': `По годам`,
'embed-grouping': `Группировка`,
'embed-intro': `Выберите виджет, релиз, язык и вид, проверьте предварительный просмотр и скопируйте код в HTML своей страницы. Виджет читает источник новостей этого сайта, поэтому всегда актуален.`,
'embed-language': `Язык виджета`,
'embed-latest': `Самый новый релиз (меняется с каждым новым)`,
'embed-layout': `Вид`,
'embed-limit': `Сколько мероприятий показать сразу`,
'embed-order': `Порядок`,
'embed-order-asc': `Сначала старые`,
'embed-order-desc': `Сначала новые`,
'embed-paste-hint': `Вставьте его туда, где должен быть виджет. Строка со скриптом нужна на странице один раз, сколько бы виджетов на ней ни было.`,
'embed-person': `Человек`,
'embed-preview': `Предварительный просмотр`,
'embed-refused': `Копирование не разрешено. Код выделен: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать его.`,
'embed-relative-note': `Этот сайт собран без --base-url, поэтому в коде указан адрес, с которого открыта эта страница. Сайту партнёра нужен полный публичный адрес источника новостей (начинается с https://): проверьте его перед копированием.`,
'embed-release': `Релиз`,
'embed-release-options': `Настройки пресс-релиза`,
'embed-script-heading': `Скрипт`,
'embed-script-own': `Скрипт загружается с этого сайта, поэтому браузеры ваших читателей не обращаются ни к кому другому.`,
'embed-script-where': `Для страниц, в которые можно добавить HTML со скриптом.`,
'embed-share': `Показывать ссылки «Поделиться» (Facebook, копировать ссылку)`,
'embed-teaser': `Анонс со ссылкой «Читать далее»`,
'embed-timeline-options': `Настройки хронологии`,
'embed-widget': `Виджет`,
'page-description': str`Пресс-релизы, мероприятия и контакты проекта «${0}».`,
'page-embed': `Встроить на свой сайт`,
'page-frame-timeline': str`Мероприятия проекта «${0}»`,
'page-navigation': `Навигация`,
'page-preview': `Предпросмотр с черновиками и релизами под эмбарго: не публикуется, не распространяйте.`,
'page-preview-first-build': `Исправьте то, что перечислено, и сохраните: здесь появится сайт.`,
'page-preview-heading': `Сайт не обновлён: в ваших файлах есть ошибки`,
'page-preview-hide': `Скрыть`,
'page-preview-last-good': `Это последняя рабочая версия. Исправьте то, что перечислено, и сохраните: страница обновится сама.`,
'page-preview-waiting': `Сайта пока нет: в исходных файлах есть ошибки, они показаны здесь и в терминале.`,
'page-search-button': `Найти`,
'page-search-failed': `Не удалось загрузить поиск. Перезагрузите страницу и попробуйте снова.`,
'page-search-found': `Подходящие пресс-релизы:`,
'page-search-label': `Поиск по пресс-релизам`,
'page-search-none': `Ни один пресс-релиз не содержит этих слов. Попробуйте другие слова или меньше слов.`,
'page-topics': `Темы`,
    };
  