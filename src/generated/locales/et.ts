
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'occurrences-exactly-1': `1 kord`,
'occurrences-exactly-2': `2 korda`,
'occurrences-few': str`${0} korda`,
'occurrences-many': str`${0} korda`,
'occurrences-one': str`${0} kord`,
'occurrences-other': str`${0} korda`,
'occurrences-two': str`${0} korda`,
'occurrences-zero': str`${0} korda`,
'participants-few': str`${0} osalejat`,
'participants-many': str`${0} osalejat`,
'participants-one': str`${0} osaleja`,
'participants-other': str`${0} osalejat`,
'participants-two': str`${0} osalejat`,
'participants-zero': str`${0} osalejat`,
's055aeec4cc366737': `Uudisvoogu ei õnnestunud kätte saada.`,
's102da17f7a561fa8': `Lisateave:`,
's19172ed3838854fc': `Kopeeri link`,
's1f224cf8b88cb893': `Link kopeeritud`,
's206fdfb68a5a5294': `Lähimate tegevuste ja osalemisvõimaluste kohta saab teavet:`,
's30c0a4d43229080a': `Loe edasi`,
's3a22f14453593756': `Kopeerige link:`,
's4340eea0045eb441': str`Pressiteade, ${0}`,
's49e14b13c0d9399f': `Uudisvoo server vastas veaga.`,
's50c7f964ee28eaa2': `Uudisvoog ei ole oodatud vormingus.`,
's5bdc28ca9d193209': `Uudisvoog ei saabunud õigeks ajaks.`,
's5d9f6c7b502e2a57': `Uudisvoog ei ole korrektne JSON.`,
's6ebc9bd6feae62a3': `Laadimine…`,
's7043eae50bec4d8f': `Jaga Facebookis`,
's894823e0f9d423fd': `Uudiseid ei õnnestunud laadida.`,
's8e7258c871aaa410': `E-post`,
's90e0fef558d2419f': `Uudiseid veel ei ole.`,
's98620191d6abbe47': `Pressiteatest:`,
's9aea6c5d958c344e': `Kuupäevata`,
's9f112647ef5d7a04': `Salvesta kontakt`,
'sa44b30b875dfc5b6': `Soovitud kirjet uudisvoos ei ole.`,
'sb159b4d5f1770877': `Teabe koostas:`,
'sb2c57b2d347203dd': `Näita rohkem`,
'sbf2c8177108944ae': `Kontakti ei leitud.`,
'sc0d422e77b86c0f1': `Selle uudisvoo versiooni see vidin ei loe.`,
'sc6b49db4a0088075': `Näidatavaid tegevusi ei ole.`,
'scbaf75f715cba1ab': `Uudisvoog on näitamiseks liiga suur.`,
'se1f9322af81a0a82': `käimas`,
'sf1bc83d2509bafcf': `Telefon`,
    };
  