
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'copy-by-hand': `Скопіюйте посилання:`,
'copy-link': `Копіювати посилання`,
'dateline': str`Прес-реліз, ${0}`,
'empty-activities': `Немає заходів для показу.`,
'empty-releases': `Новин поки немає.`,
'error-contact-not-found': `Контакт не знайдено.`,
'error-generic': `Не вдалося завантажити новини.`,
'error-http': `Сервер джерела новин відповів помилкою.`,
'error-language': `Код мови джерела новин неправильний.`,
'error-network': `Немає зʼєднання з джерелом новин.`,
'error-not-found': `Запитаного прес-релізу немає в джерелі новин.`,
'error-parse': `Джерело новин не є коректним JSON.`,
'error-schema': `Джерело новин має неправильний формат.`,
'error-timeout': `Джерело новин не відповіло вчасно.`,
'error-too-large': `Джерело новин завелике для показу.`,
'error-version': `Ця версія джерела новин не підтримується.`,
'label-email': `Ел. пошта`,
'label-inquiries': `Детальніше про найближчі заходи та можливості долучитися:`,
'label-more-information': `Додаткова інформація:`,
'label-phone': `Телефон`,
'label-prepared-by': `Матеріал підготував(-ла):`,
'label-release': `З прес-релізу:`,
'link-copied': `Посилання скопійовано`,
'loading': `Завантаження…`,
'occurrences-exactly-1': `1 раз`,
'occurrences-exactly-2': `2 рази`,
'occurrences-few': str`${0} рази`,
'occurrences-many': str`${0} разів`,
'occurrences-one': str`${0} раз`,
'occurrences-other': str`${0} раза`,
'occurrences-two': str`${0} рази`,
'occurrences-zero': str`${0} разів`,
'ongoing': `триває`,
'participants-few': str`${0} учасники`,
'participants-many': str`${0} учасників`,
'participants-one': str`${0} учасник`,
'participants-other': str`${0} учасника`,
'participants-two': str`${0} учасники`,
'participants-zero': str`${0} учасників`,
'read-more': `Читати далі`,
'releases-shown-few': str`Показано ${0} релізи`,
'releases-shown-many': str`Показано ${0} релізів`,
'releases-shown-one': str`Показано ${0} реліз`,
'releases-shown-other': str`Показано ${0} релізу`,
'releases-shown-zero': str`Показано ${0} релізів`,
'save-contact': `Зберегти контакт`,
'saved-copy': str`Показано збережену копію від ${0}`,
'share-facebook': `Поширити у Facebook`,
'show-more': `Показати ще`,
'undated': `Без дати`,
    };
  