
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'occurrences-exactly-1': `1 раз`,
'occurrences-exactly-2': `2 раза`,
'occurrences-few': str`${0} раза`,
'occurrences-many': str`${0} раз`,
'occurrences-one': str`${0} раз`,
'occurrences-other': str`${0} раза`,
'occurrences-two': str`${0} раза`,
'occurrences-zero': str`${0} раз`,
'participants-few': str`${0} участника`,
'participants-many': str`${0} участников`,
'participants-one': str`${0} участник`,
'participants-other': str`${0} участника`,
'participants-two': str`${0} участника`,
'participants-zero': str`${0} участников`,
's055aeec4cc366737': `Не удалось связаться с источником новостей.`,
's102da17f7a561fa8': `Дополнительная информация:`,
's19172ed3838854fc': `Скопировать ссылку`,
's1f224cf8b88cb893': `Ссылка скопирована`,
's206fdfb68a5a5294': `О ближайших мероприятиях и возможностях участия можно узнать у:`,
's30c0a4d43229080a': `Читать далее`,
's3a22f14453593756': `Скопируйте ссылку:`,
's4340eea0045eb441': str`Пресс-релиз, ${0}`,
's49e14b13c0d9399f': `Сервер источника новостей ответил ошибкой.`,
's50c7f964ee28eaa2': `Источник новостей имеет неверный формат.`,
's5bdc28ca9d193209': `Источник новостей не ответил вовремя.`,
's5d9f6c7b502e2a57': `Источник новостей не является корректным JSON.`,
's6ebc9bd6feae62a3': `Загрузка…`,
's7043eae50bec4d8f': `Поделиться в Facebook`,
's894823e0f9d423fd': `Не удалось загрузить новости.`,
's8e7258c871aaa410': `Эл. почта`,
's90e0fef558d2419f': `Новостей пока нет.`,
's98620191d6abbe47': `Из пресс-релиза:`,
's9aea6c5d958c344e': `Без даты`,
's9f112647ef5d7a04': `Сохранить контакт`,
'sa44b30b875dfc5b6': `Запрошенная запись не найдена в источнике новостей.`,
'sb159b4d5f1770877': `Материал подготовил(а):`,
'sb2c57b2d347203dd': `Показать ещё`,
'sbf2c8177108944ae': `Контакт не найден.`,
'sc0d422e77b86c0f1': `Эта версия источника новостей не поддерживается.`,
'sc6b49db4a0088075': `Нет мероприятий для показа.`,
'scbaf75f715cba1ab': `Источник новостей слишком велик для показа.`,
'se1f9322af81a0a82': `продолжается`,
'sf1bc83d2509bafcf': `Телефон`,
    };
  