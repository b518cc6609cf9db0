
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'copy-by-hand': `Nukopijuokite nuorodą:`,
'copy-link': `Kopijuoti nuorodą`,
'dateline': str`Pranešimas spaudai, ${0}`,
'empty-activities': `Nėra veiklų, kurias būtų galima parodyti.`,
'empty-releases': `Naujienų dar nėra.`,
'error-contact-not-found': `Kontaktas nerastas.`,
'error-generic': `Nepavyko įkelti naujienų.`,
'error-http': `Naujienų šaltinio serveris atsakė klaida.`,
'error-language': `Naujienų šaltinio kalbos kodas netinkamas.`,
'error-network': `Naujienų šaltinis nepasiekiamas.`,
'error-not-found': `Prašomo pranešimo spaudai naujienų šaltinyje nėra.`,
'error-parse': `Naujienų šaltinis nėra tinkamas JSON.`,
'error-schema': `Naujienų šaltinio formatas netinkamas.`,
'error-timeout': `Naujienų šaltinis laiku neatsakė.`,
'error-too-large': `Naujienų šaltinis per didelis, kad būtų parodytas.`,
'error-version': `Šis valdiklis nepalaiko šios naujienų šaltinio versijos.`,
'label-email': `El. paštas`,
'label-inquiries': `Apie artimiausias veiklas ir galimybes prisijungti teiraukitės:`,
'label-more-information': `Papildoma informacija:`,
'label-phone': `Telefonas`,
'label-prepared-by': `Informaciją parengė:`,
'label-release': `Iš pranešimo spaudai:`,
'link-copied': `Nuoroda nukopijuota`,
'loading': `Įkeliama…`,
'occurrences-exactly-1': `1 kartą`,
'occurrences-exactly-2': `2 kartus`,
'occurrences-few': str`${0} kartus`,
'occurrences-many': str`${0} karto`,
'occurrences-one': str`${0} kartą`,
'occurrences-other': str`${0} kartų`,
'occurrences-two': str`${0} kartus`,
'occurrences-zero': str`${0} kartų`,
'ongoing': `tęsiasi`,
'participants-few': str`${0} dalyviai`,
'participants-many': str`${0} dalyvio`,
'participants-one': str`${0} dalyvis`,
'participants-other': str`${0} dalyvių`,
'participants-two': str`${0} dalyviai`,
'participants-zero': str`${0} dalyvių`,
'read-more': `Skaityti daugiau`,
'releases-shown-few': str`Rodomi ${0} pranešimai spaudai`,
'releases-shown-many': str`Rodoma ${0} pranešimo spaudai`,
'releases-shown-one': str`Rodomas ${0} pranešimas spaudai`,
'releases-shown-other': str`Rodoma ${0} pranešimų spaudai`,
'releases-shown-zero': str`Rodoma ${0} pranešimų spaudai`,
'save-contact': `Išsaugoti kontaktą`,
'saved-copy': str`Rodoma ${0} išsaugota kopija`,
'share-facebook': `Bendrinti „Facebook“`,
'show-more': `Rodyti daugiau`,
'undated': `Be datos`,
    };
  