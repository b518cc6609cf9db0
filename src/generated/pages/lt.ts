
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'embed-all-releases': `Visi pranešimai`,
'embed-code': `Kodas`,
'embed-code-label': `Kodas jūsų puslapiui`,
'embed-compact': `Kompaktiškas`,
'embed-contact-options': `Kontakto kortelės nustatymai`,
'embed-copied': `Nukopijuota`,
'embed-copy': `Kopijuoti kodą`,
'embed-description': str`Rodykite projekto „${0}“ pranešimus spaudai, veiklas ir kontaktus savo svetainėje: pasirinkite valdiklį, peržiūrėkite jį ir nukopijuokite kodą.`,
'embed-element': `Elementas`,
'embed-element-contact': `Kontakto kortelė`,
'embed-element-release': `Pranešimas spaudai`,
'embed-element-timeline': `Veiklų laiko juosta`,
'embed-full': `Visas tekstas`,
'embed-full-card': `Išsamus, su mygtuku „Išsaugoti kontaktą“`,
'embed-group-month': `Pagal mėnesius`,
'embed-group-none': `Negrupuoti`,
'embed-group-year': `Pagal metus`,
'embed-grouping': `Grupavimas`,
'embed-intro': `Pasirinkite valdiklį, pranešimą, kalbą ir išdėstymą, patikrinkite peržiūrą ir nukopijuokite kodą į savo puslapio HTML. Valdiklis skaito šios svetainės naujienų šaltinį, todėl visada rodo naujausią informaciją.`,
'embed-language': `Valdiklio kalba`,
'embed-latest': `Naujausias pranešimas (keičiasi su kiekvienu nauju)`,
'embed-layout': `Išdėstymas`,
'embed-limit': `Iš pradžių rodomų veiklų skaičius`,
'embed-order': `Tvarka`,
'embed-order-asc': `Pirmiausia seniausios`,
'embed-order-desc': `Pirmiausia naujausios`,
'embed-paste-hint': `Įklijuokite jį ten, kur turi būti valdiklis. Scenarijaus eilutės puslapyje reikia tik vieną kartą, kad ir kiek valdiklių jame būtų.`,
'embed-person': `Asmuo`,
'embed-preview': `Peržiūra`,
'embed-refused': `Kopijuoti neleista. Kodas pažymėtas: paspauskite Ctrl+C („Mac“ kompiuteryje ⌘C), kad jį nukopijuotumėte.`,
'embed-relative-note': `Ši svetainė sukurta be --base-url, todėl kode nurodytas adresas, iš kurio atidarytas šis puslapis. Partnerio svetainei reikia viso viešo naujienų šaltinio adreso (prasideda https://): patikrinkite jį prieš kopijuodami.`,
'embed-release': `Pranešimas`,
'embed-release-options': `Pranešimo spaudai nustatymai`,
'embed-script-heading': `Scenarijus`,
'embed-script-own': `Scenarijus įkeliamas iš šios svetainės, todėl jūsų skaitytojų naršyklės nesikreipia į jokias kitas svetaines.`,
'embed-script-where': `Puslapiams, į kuriuos galima įterpti HTML su scenarijumi.`,
'embed-share': `Rodyti bendrinimo nuorodas („Facebook“, kopijuoti nuorodą)`,
'embed-teaser': `Anonsas su nuoroda „Skaityti daugiau“`,
'embed-timeline-options': `Laiko juostos nustatymai`,
'embed-widget': `Valdiklis`,
'page-description': str`Projekto „${0}“ pranešimai spaudai, veiklos ir kontaktai.`,
'page-embed': `Įterpti į savo svetainę`,
'page-frame-timeline': str`Projekto „${0}“ veiklos`,
'page-navigation': `Navigacija`,
'page-preview': `Peržiūra su juodraščiais ir pranešimais su embargo: neskelbiama, neplatinkite.`,
'page-preview-first-build': `Ištaisykite tai, kas išvardyta, ir išsaugokite: čia atsiras svetainė.`,
'page-preview-heading': `Svetainė neatnaujinta: jūsų failuose yra klaidų`,
'page-preview-hide': `Paslėpti`,
'page-preview-last-good': `Tai paskutinė veikusi versija. Ištaisykite tai, kas išvardyta, ir išsaugokite: puslapis atsinaujins pats.`,
'page-preview-waiting': `Svetainės dar nėra: šaltinio failuose yra klaidų, jos rodomos čia ir terminale.`,
'page-search-button': `Ieškoti`,
'page-search-failed': `Paieškos nepavyko įkelti. Įkelkite puslapį iš naujo ir bandykite dar kartą.`,
'page-search-found': `Atitinkantys pranešimai spaudai:`,
'page-search-label': `Ieškoti pranešimų spaudai`,
'page-search-none': `Nė vienas pranešimas spaudai neatitinka šių žodžių. Pabandykite kitus arba mažiau žodžių.`,
'page-topics': `Temos`,
    };
  