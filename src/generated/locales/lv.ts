
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'copy-by-hand': `Nokopējiet saiti:`,
'copy-link': `Kopēt saiti`,
'dateline': str`Preses relīze ${0}.`,
'empty-activities': `Nav aktivitāšu, ko parādīt.`,
'empty-releases': `Ziņu vēl nav.`,
'error-contact-not-found': `Kontakts nav atrasts.`,
'error-generic': `Ziņas neizdevās ielādēt.`,
'error-http': `Ziņu avota serveris atbildēja ar kļūdu.`,
'error-language': `Ziņu avota valodas kods nav derīgs.`,
'error-network': `Ziņu avots nav sasniedzams.`,
'error-not-found': `Pieprasītās preses relīzes ziņu avotā nav.`,
'error-parse': `Ziņu avots nav derīgs JSON.`,
'error-schema': `Ziņu avotam nav gaidītā formāta.`,
'error-timeout': `Ziņu avots neatbildēja laikus.`,
'error-too-large': `Ziņu avots ir pārāk liels, lai to parādītu.`,
'error-version': `Šī ziņu avota versija netiek atbalstīta.`,
'label-email': `E-pasts`,
'label-inquiries': `Kontaktpersona par tuvākajām aktivitātēm un iespējām iesaistīties:`,
'label-more-information': `Papildu informācija:`,
'label-phone': `Tālrunis`,
'label-prepared-by': `Informāciju sagatavoja:`,
'label-release': `No preses relīzes:`,
'link-copied': `Saite nokopēta`,
'loading': `Ielādē…`,
'occurrences-exactly-1': `1 reize`,
'occurrences-exactly-2': `2 reizes`,
'occurrences-few': str`${0} reizes`,
'occurrences-many': str`${0} reižu`,
'occurrences-one': str`${0} reize`,
'occurrences-other': str`${0} reizes`,
'occurrences-two': str`${0} reizes`,
'occurrences-zero': str`${0} reižu`,
'ongoing': `turpinās`,
'participants-few': str`${0} dalībnieki`,
'participants-many': str`${0} dalībnieku`,
'participants-one': str`${0} dalībnieks`,
'participants-other': str`${0} dalībnieki`,
'participants-two': str`${0} dalībnieki`,
'participants-zero': str`${0} dalībnieku`,
'read-more': `Lasīt vairāk`,
'releases-shown-few': str`Parādītas ${0} relīzes`,
'releases-shown-many': str`Parādītas ${0} relīzes`,
'releases-shown-one': str`Parādīta ${0} relīze`,
'releases-shown-other': str`Parādītas ${0} relīzes`,
'releases-shown-zero': str`Parādītas ${0} relīzes`,
'save-contact': `Saglabāt kontaktu`,
'saved-copy': str`Parādīta saglabātā kopija no ${0}.`,
'share-facebook': `Dalīties Facebook`,
'show-more': `Rādīt vairāk`,
'undated': `Bez datuma`,
    };
  