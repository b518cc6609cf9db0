
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'embed-all-releases': `Kõik pressiteated`,
'embed-code': `Kood`,
'embed-code-label': `Kood sinu lehele`,
'embed-compact': `Kompaktne`,
'embed-contact-options': `Kontaktkaardi seaded`,
'embed-copied': `Kopeeritud`,
'embed-copy': `Kopeeri kood`,
'embed-description': str`Näita projekti „${0}” pressiteateid, tegevusi ja kontakte oma veebilehel: vali vidin, vaata seda ja kopeeri kood.`,
'embed-element': `Element`,
'embed-element-contact': `Kontaktkaart`,
'embed-element-release': `Pressiteade`,
'embed-element-timeline': `Tegevuste ajajoon`,
'embed-full': `Täistekst`,
'embed-full-card': `Täielik, nupuga „Salvesta kontakt”`,
'embed-group-month': `Kuude kaupa`,
'embed-group-none': `Rühmitamata`,
'embed-group-year': `Aastate kaupa`,
'embed-grouping': `Rühmitamine`,
'embed-intro': `Vali vidin, pressiteade, keel ja paigutus, vaata eelvaadet ning kopeeri kood oma lehe HTML-i. Vidin loeb selle saidi uudisvoogu, nii et see on alati ajakohane.`,
'embed-language': `Vidina keel`,
'embed-latest': `Uusim pressiteade (muutub iga uuega)`,
'embed-layout': `Paigutus`,
'embed-limit': `Alguses näidatavate tegevuste arv`,
'embed-order': `Järjestus`,
'embed-order-asc': `Vanemad eespool`,
'embed-order-desc': `Uuemad eespool`,
'embed-paste-hint': `Kleebi see kohta, kus vidin peab olema. Skripti rida on lehel vaja ainult üks kord, olenemata sellest, mitu vidinat seal on.`,
'embed-person': `Isik`,
'embed-preview': `Eelvaade`,
'embed-refused': `Kopeerimine ei olnud lubatud. Kood on valitud: kopeerimiseks vajuta Ctrl+C (Macis ⌘C).`,
'embed-relative-note': `See sait on loodud ilma --base-url-ita, seega on koodis aadress, millelt see leht avati. Partneri saidil on vaja uudisvoo täielikku avalikku aadressi (algab https://): kontrolli seda enne kopeerimist.`,
'embed-release': `Pressiteade`,
'embed-release-options': `Pressiteate seaded`,
'embed-script-heading': `Skript`,
'embed-script-own': `Skript tuleb sellelt saidilt, nii et sinu lugejate brauserid ei pöördu kellegi teise poole.`,
'embed-script-where': `Lehtedele, kuhu saab lisada skriptiga HTML-i.`,
'embed-share': `Näita jagamislinke (Facebook, kopeeri link)`,
'embed-teaser': `Lühitutvustus lingiga „Loe edasi”`,
'embed-timeline-options': `Ajajoone seaded`,
'embed-widget': `Vidin`,
'page-description': str`Projekti „${0}“ pressiteated, tegevused ja kontaktid.`,
'page-embed': `Lisa oma veebilehele`,
'page-frame-timeline': str`Projekti „${0}“ tegevused`,
'page-navigation': `Navigatsioon`,
'page-preview': `Eelvaade mustandite ja embargoga pressiteadetega: pole avalik, ärge jagage.`,
'page-preview-first-build': `Parandage loetletud vead ja salvestage: veebileht ilmub siia.`,
'page-preview-heading': `Veebileht pole uuendatud: teie failides on vigu`,
'page-preview-hide': `Peida`,
'page-preview-last-good': `See on viimane töötanud versioon. Parandage loetletud vead ja salvestage: leht laadib end ise uuesti.`,
'page-preview-waiting': `Veebilehte veel pole: lähtefailides on vigu, need on näha siin ja terminalis.`,
'page-search-button': `Otsi`,
'page-search-failed': `Otsingut ei õnnestunud laadida. Laadige leht uuesti ja proovige veel kord.`,
'page-search-found': `Sobivad pressiteated:`,
'page-search-label': `Otsi pressiteadetest`,
'page-search-none': `Ükski pressiteade ei vasta neile sõnadele. Proovige teisi või vähem sõnu.`,
'page-topics': `Teemad`,
    };
  