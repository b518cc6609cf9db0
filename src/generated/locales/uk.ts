
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'occurrences-exactly-1': `1 раз`,
'occurrences-exactly-2': `2 рази`,
'occurrences-few': str`${0} рази`,
'occurrences-many': str`${0} разів`,
'occurrences-one': str`${0} раз`,
'occurrences-other': str`${0} раза`,
'occurrences-two': str`${0} рази`,
'occurrences-zero': str`${0} разів`,
'participants-few': str`${0} учасники`,
'participants-many': str`${0} учасників`,
'participants-one': str`${0} учасник`,
'participants-other': str`${0} учасника`,
'participants-two': str`${0} учасники`,
'participants-zero': str`${0} учасників`,
's055aeec4cc366737': `Не вдалося зʼєднатися з джерелом новин.`,
's102da17f7a561fa8': `Додаткова інформація:`,
's19172ed3838854fc': `Копіювати посилання`,
's1f224cf8b88cb893': `Посилання скопійовано`,
's206fdfb68a5a5294': `Про найближчі заходи та можливості долучитися можна дізнатися в:`,
's30c0a4d43229080a': `Читати далі`,
's3a22f14453593756': `Скопіюйте посилання:`,
's4340eea0045eb441': str`Прес-реліз, ${0}`,
's49e14b13c0d9399f': `Сервер джерела новин відповів помилкою.`,
's50c7f964ee28eaa2': `Джерело новин має неправильний формат.`,
's5bdc28ca9d193209': `Джерело новин не відповіло вчасно.`,
's5d9f6c7b502e2a57': `Джерело новин не є коректним JSON.`,
's6ebc9bd6feae62a3': `Завантаження…`,
's7043eae50bec4d8f': `Поширити у Facebook`,
's894823e0f9d423fd': `Не вдалося завантажити новини.`,
's8e7258c871aaa410': `Ел. пошта`,
's90e0fef558d2419f': `Новин поки немає.`,
's98620191d6abbe47': `З прес-релізу:`,
's9aea6c5d958c344e': `Без дати`,
's9f112647ef5d7a04': `Зберегти контакт`,
'sa44b30b875dfc5b6': `Запитаного запису немає в джерелі новин.`,
'sb159b4d5f1770877': `Матеріал підготував(ла):`,
'sb2c57b2d347203dd': `Показати ще`,
'sbf2c8177108944ae': `Контакт не знайдено.`,
'sc0d422e77b86c0f1': `Ця версія джерела новин не підтримується.`,
'sc6b49db4a0088075': `Немає заходів для показу.`,
'scbaf75f715cba1ab': `Джерело новин завелике для показу.`,
'se1f9322af81a0a82': `триває`,
'sf1bc83d2509bafcf': `Телефон`,
    };
  