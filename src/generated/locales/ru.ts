
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'copy-by-hand': `Скопируйте ссылку:`,
'copy-link': `Скопировать ссылку`,
'dateline': str`Пресс-релиз, ${0}`,
'empty-activities': `Нет мероприятий для показа.`,
'empty-releases': `Новостей пока нет.`,
'error-contact-not-found': `Контакт не найден.`,
'error-generic': `Не удалось загрузить новости.`,
'error-http': `Сервер источника новостей ответил ошибкой.`,
'error-language': `Код языка источника новостей неверен.`,
'error-network': `Нет связи с источником новостей.`,
'error-not-found': `Запрошенного пресс-релиза нет в источнике новостей.`,
'error-parse': `Источник новостей не является корректным JSON.`,
'error-schema': `Источник новостей имеет неверный формат.`,
'error-timeout': `Источник новостей не ответил вовремя.`,
'error-too-large': `Источник новостей слишком велик для показа.`,
'error-version': `Эта версия источника новостей не поддерживается.`,
'label-email': `Эл. почта`,
'label-inquiries': `По вопросам ближайших мероприятий и возможностей участия обращайтесь:`,
'label-more-information': `Дополнительная информация:`,
'label-phone': `Телефон`,
'label-prepared-by': `Материал подготовил(а):`,
'label-release': `Из пресс-релиза:`,
'link-copied': `Ссылка скопирована`,
'loading': `Загрузка…`,
'occurrences-exactly-1': `1 раз`,
'occurrences-exactly-2': `2 раза`,
'occurrences-few': str`${0} раза`,
'occurrences-many': str`${0} раз`,
'occurrences-one': str`${0} раз`,
'occurrences-other': str`${0} раза`,
'occurrences-two': str`${0} раза`,
'occurrences-zero': str`${0} раз`,
'ongoing': `продолжается`,
'participants-few': str`${0} участника`,
'participants-many': str`${0} участников`,
'participants-one': str`${0} участник`,
'participants-other': str`${0} участника`,
'participants-two': str`${0} участника`,
'participants-zero': str`${0} участников`,
'read-more': `Читать далее`,
'releases-shown-few': str`Показано ${0} релиза`,
'releases-shown-many': str`Показано ${0} релизов`,
'releases-shown-one': str`Показан ${0} релиз`,
'releases-shown-other': str`Показано ${0} релиза`,
'releases-shown-zero': str`Показано ${0} релизов`,
'save-contact': `Сохранить контакт`,
'saved-copy': str`Показана сохранённая копия от ${0}`,
'share-facebook': `Поделиться в Facebook`,
'show-more': `Показать ещё`,
'undated': `Без даты`,
    };
  