
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'copy-by-hand': `Kopeeri see link:`,
'copy-link': `Kopeeri link`,
'dateline': str`Pressiteade, ${0}`,
'empty-activities': `Näidatavaid tegevusi ei ole.`,
'empty-releases': `Uudiseid veel ei ole.`,
'error-contact-not-found': `Kontakti ei leitud.`,
'error-generic': `Uudiseid ei õnnestunud laadida.`,
'error-http': `Uudisvoo server vastas veaga.`,
'error-language': `Uudisvoo keelekood on vigane.`,
'error-network': `Uudisvoog ei ole kättesaadav.`,
'error-not-found': `Soovitud pressiteadet uudisvoos ei ole.`,
'error-parse': `Uudisvoog ei ole korrektne JSON.`,
'error-schema': `Uudisvoog ei ole oodatud vormingus.`,
'error-timeout': `Uudisvoog ei saabunud õigeks ajaks.`,
'error-too-large': `Uudisvoog on näitamiseks liiga suur.`,
'error-version': `See vidin ei toeta selle uudisvoo versiooni.`,
'label-email': `E-post`,
'label-inquiries': `Lähimate tegevuste ja osalemisvõimaluste kohta saab teavet:`,
'label-more-information': `Lisateave:`,
'label-phone': `Telefon`,
'label-prepared-by': `Teabe koostas:`,
'label-release': `Pressiteatest:`,
'link-copied': `Link kopeeritud`,
'loading': `Laadimine…`,
'occurrences-exactly-1': `1 kord`,
'occurrences-exactly-2': `2 korda`,
'occurrences-few': str`${0} korda`,
'occurrences-many': str`${0} korda`,
'occurrences-one': str`${0} kord`,
'occurrences-other': str`${0} korda`,
'occurrences-two': str`${0} korda`,
'occurrences-zero': str`${0} korda`,
'ongoing': `käimas`,
'participants-few': str`${0} osalejat`,
'participants-many': str`${0} osalejat`,
'participants-one': str`${0} osaleja`,
'participants-other': str`${0} osalejat`,
'participants-two': str`${0} osalejat`,
'participants-zero': str`${0} osalejat`,
'read-more': `Loe edasi`,
'releases-shown-few': str`Kuvatakse ${0} pressiteadet`,
'releases-shown-many': str`Kuvatakse ${0} pressiteadet`,
'releases-shown-one': str`Kuvatakse ${0} pressiteade`,
'releases-shown-other': str`Kuvatakse ${0} pressiteadet`,
'releases-shown-zero': str`Kuvatakse ${0} pressiteadet`,
'save-contact': `Salvesta kontakt`,
'saved-copy': str`Näidatakse salvestatud koopiat seisuga ${0}`,
'share-facebook': `Jaga Facebookis`,
'show-more': `Näita rohkem`,
'undated': `Kuupäevata`,
    };
  