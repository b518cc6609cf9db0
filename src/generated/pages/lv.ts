
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'embed-all-releases': `Visas relīzes`,
'embed-code': `Kods`,
'embed-code-label': `Kods jūsu lapai`,
'embed-compact': `Kompakts`,
'embed-contact-options': `Kontaktkartītes iestatījumi`,
'embed-copied': `Nokopēts`,
'embed-copy': `Kopēt kodu`,
'embed-description': str`Rādiet projekta „${0}” preses relīzes, aktivitātes un kontaktus savā vietnē: izvēlieties logrīku, apskatiet to un nokopējiet kodu.`,
'embed-element': `Elements`,
'embed-element-contact': `Kontaktkartīte`,
'embed-element-release': `Preses relīze`,
'embed-element-timeline': `Aktivitāšu laika līnija`,
'embed-full': `Pilns teksts`,
'embed-full-card': `Pilns, ar pogu „Saglabāt kontaktu”`,
'embed-group-month': `Pa mēnešiem`,
'embed-group-none': `Negrupēt`,
'embed-group-year': `Pa gadiem`,
'embed-grouping': `Grupēšana`,
'embed-intro': `Izvēlieties logrīku, relīzi, valodu un izkārtojumu, apskatiet priekšskatījumu un iekopējiet kodu savas lapas HTML. Logrīks lasa šīs vietnes ziņu avotu, tāpēc vienmēr rāda aktuālo.`,
'embed-language': `Logrīka valoda`,
'embed-latest': `Jaunākā relīze (mainās ar katru jaunu)`,
'embed-layout': `Izkārtojums`,
'embed-limit': `Sākumā rādīto aktivitāšu skaits`,
'embed-order': `Secība`,
'embed-order-asc': `Vecākās vispirms`,
'embed-order-desc': `Jaunākās vispirms`,
'embed-paste-hint': `Ielīmējiet to vietā, kur jābūt logrīkam. Skripta rinda lapā vajadzīga tikai vienreiz, lai cik logrīku tajā būtu.`,
'embed-person': `Persona`,
'embed-preview': `Priekšskatījums`,
'embed-refused': `Kopēšana netika atļauta. Kods ir iezīmēts: nospiediet Ctrl+C (Mac datorā ⌘C), lai to nokopētu.`,
'embed-relative-note': `Šī vietne izveidota bez --base-url, tāpēc kodā ir adrese, no kuras atvērta šī lapa. Partnera vietnei vajadzīga ziņu avota pilna publiskā adrese (sākas ar https://): pārbaudiet to pirms kopēšanas.`,
'embed-release': `Relīze`,
'embed-release-options': `Preses relīzes iestatījumi`,
'embed-script-heading': `Skripts`,
'embed-script-own': `Skripts nāk no šīs vietnes, tāpēc jūsu lasītāju pārlūki nevienam citam neko neprasa.`,
'embed-script-where': `Lapām, kurās var pievienot HTML ar skriptu.`,
'embed-share': `Rādīt dalīšanās saites (Facebook, kopēt saiti)`,
'embed-teaser': `Ievads ar saiti „Lasīt vairāk”`,
'embed-timeline-options': `Laika līnijas iestatījumi`,
'embed-widget': `Logrīks`,
'page-description': str`Projekta „${0}” preses relīzes, aktivitātes un kontakti.`,
'page-embed': `Ievietot savā vietnē`,
'page-frame-timeline': str`Projekta „${0}” aktivitātes`,
'page-navigation': `Navigācija`,
'page-preview': `Priekšskatījums ar melnrakstiem un relīzēm ar embargo: nav publisks, neizplatiet.`,
'page-preview-first-build': `Izlabojiet uzskaitīto un saglabājiet: šeit parādīsies vietne.`,
'page-preview-heading': `Vietne nav atjaunināta: jūsu failos ir kļūdas`,
'page-preview-hide': `Paslēpt`,
'page-preview-last-good': `Šī ir pēdējā versija, kas darbojās. Izlabojiet uzskaitīto un saglabājiet: lapa atjaunosies pati.`,
'page-preview-waiting': `Vietnes vēl nav: avota failos ir kļūdas, tās redzamas šeit un terminālī.`,
'page-search-button': `Meklēt`,
'page-search-failed': `Meklēšanu neizdevās ielādēt. Pārlādējiet lapu un mēģiniet vēlreiz.`,
'page-search-found': `Atbilstošās preses relīzes:`,
'page-search-label': `Meklēt preses relīzēs`,
'page-search-none': `Neviena preses relīze neatbilst šiem vārdiem. Mēģiniet citus vai mazāk vārdu.`,
'page-topics': `Tēmas`,
    };
  