
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'occurrences-exactly-1': `1 reize`,
'occurrences-exactly-2': `2 reizes`,
'occurrences-few': str`${0} reizes`,
'occurrences-many': str`${0} reižu`,
'occurrences-one': str`${0} reize`,
'occurrences-other': str`${0} reizes`,
'occurrences-two': str`${0} reizes`,
'occurrences-zero': str`${0} reižu`,
'participants-few': str`${0} dalībnieki`,
'participants-many': str`${0} dalībnieku`,
'participants-one': str`${0} dalībnieks`,
'participants-other': str`${0} dalībnieki`,
'participants-two': str`${0} dalībnieki`,
'participants-zero': str`${0} dalībnieku`,
's055aeec4cc366737': `Ziņu avotam neizdevās piekļūt.`,
's102da17f7a561fa8': `Papildu informācija:`,
's19172ed3838854fc': `Kopēt saiti`,
's1f224cf8b88cb893': `Saite nokopēta`,
's206fdfb68a5a5294': `Par tuvākajām aktivitātēm un iespējām iesaistīties var interesēties pie:`,
's30c0a4d43229080a': `Lasīt vairāk`,
's3a22f14453593756': `Nokopējiet saiti:`,
's4340eea0045eb441': str`Preses relīze ${0}.`,
's49e14b13c0d9399f': `Ziņu avota serveris atbildēja ar kļūdu.`,
's50c7f964ee28eaa2': `Ziņu avotam nav gaidītā formāta.`,
's5bdc28ca9d193209': `Ziņu avots neatbildēja laikus.`,
's5d9f6c7b502e2a57': `Ziņu avots nav derīgs JSON.`,
's6ebc9bd6feae62a3': `Ielādē…`,
's7043eae50bec4d8f': `Dalīties Facebook`,
's894823e0f9d423fd': `Ziņas neizdevās ielādēt.`,
's8e7258c871aaa410': `E-pasts`,
's90e0fef558d2419f': `Ziņu vēl nav.`,
's98620191d6abbe47': `No preses relīzes:`,
's9aea6c5d958c344e': `Bez datuma`,
's9f112647ef5d7a04': `Saglabāt kontaktu`,
'sa44b30b875dfc5b6': `Pieprasītais ieraksts ziņu avotā nav atrasts.`,
'sb159b4d5f1770877': `Informāciju sagatavoja:`,
'sb2c57b2d347203dd': `Rādīt vairāk`,
'sbf2c8177108944ae': `Kontakts nav atrasts.`,
'sc0d422e77b86c0f1': `Šī ziņu avota versija netiek atbalstīta.`,
'sc6b49db4a0088075': `Nav aktivitāšu, ko parādīt.`,
'scbaf75f715cba1ab': `Ziņu avots ir pārāk liels, lai to parādītu.`,
'se1f9322af81a0a82': `turpinās`,
'sf1bc83d2509bafcf': `Tālrunis`,
    };
  