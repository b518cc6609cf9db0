
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'occurrences-exactly-1': `1 kartą`,
'occurrences-exactly-2': `2 kartus`,
'occurrences-few': str`${0} kartus`,
'occurrences-many': str`${0} karto`,
'occurrences-one': str`${0} kartą`,
'occurrences-other': str`${0} kartų`,
'occurrences-two': str`${0} kartus`,
'occurrences-zero': str`${0} kartų`,
'participants-few': str`${0} dalyviai`,
'participants-many': str`${0} dalyvio`,
'participants-one': str`${0} dalyvis`,
'participants-other': str`${0} dalyvių`,
'participants-two': str`${0} dalyviai`,
'participants-zero': str`${0} dalyvių`,
's055aeec4cc366737': `Nepavyko pasiekti naujienų šaltinio.`,
's102da17f7a561fa8': `Papildoma informacija:`,
's19172ed3838854fc': `Kopijuoti nuorodą`,
's1f224cf8b88cb893': `Nuoroda nukopijuota`,
's206fdfb68a5a5294': `Apie artimiausias veiklas ir galimybes prisijungti teiraukitės:`,
's30c0a4d43229080a': `Skaityti daugiau`,
's3a22f14453593756': `Nukopijuokite nuorodą:`,
's4340eea0045eb441': str`Pranešimas spaudai, ${0}`,
's49e14b13c0d9399f': `Naujienų šaltinio serveris atsakė klaida.`,
's50c7f964ee28eaa2': `Naujienų šaltinio formatas netinkamas.`,
's5bdc28ca9d193209': `Naujienų šaltinis laiku neatsakė.`,
's5d9f6c7b502e2a57': `Naujienų šaltinis nėra tinkamas JSON.`,
's6ebc9bd6feae62a3': `Įkeliama…`,
's7043eae50bec4d8f': `Dalintis „Facebook“`,
's894823e0f9d423fd': `Nepavyko įkelti naujienų.`,
's8e7258c871aaa410': `El. paštas`,
's90e0fef558d2419f': `Naujienų dar nėra.`,
's98620191d6abbe47': `Iš pranešimo spaudai:`,
's9aea6c5d958c344e': `Be datos`,
's9f112647ef5d7a04': `Išsaugoti kontaktą`,
'sa44b30b875dfc5b6': `Prašomo įrašo naujienų šaltinyje nėra.`,
'sb159b4d5f1770877': `Informaciją parengė:`,
'sb2c57b2d347203dd': `Rodyti daugiau`,
'sbf2c8177108944ae': `Kontaktas nerastas.`,
'sc0d422e77b86c0f1': `Šios naujienų šaltinio versijos valdiklis neperskaito.`,
'sc6b49db4a0088075': `Nėra veiklų, kurias būtų galima parodyti.`,
'scbaf75f715cba1ab': `Naujienų šaltinis per didelis, kad būtų parodytas.`,
'se1f9322af81a0a82': `tęsiasi`,
'sf1bc83d2509bafcf': `Telefonas`,
    };
  