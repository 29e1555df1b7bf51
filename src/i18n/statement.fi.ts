import { statementLinkFi } from './statement-link.fi.ts';

/**
 * The accessibility statement (saavutettavuusseloste) required by the Act on the Provision of
 * Digital Services (306/2019), Finnish: the source of keys. Update STATEMENT_DATE in
 * src/web/facilitator/statement-page.tsx and docs/ACCESSIBILITY.md whenever these texts change.
 */
export const statementFi = {
  ...statementLinkFi,
  'st.intro':
    'Tämä seloste kertoo, miten hyvin Vuoropuhe-palvelu toimii kaikille käyttäjille, myös ruudunlukijan tai pelkän näppäimistön käyttäjille. Seloste perustuu lakiin digitaalisten palvelujen tarjoamisesta (306/2019).',
  // the service and its scope
  'st.scope.title': 'Mitä seloste koskee',
  'st.scope.text': 'Vuoropuhe on palvelu keskustelutilaisuuksien järjestämiseen. Seloste koskee palvelun kaikkia osia:',
  'st.scope.facilitator': 'ohjaajan sivut: kirjautuminen, oma tili, prosessit ja tilaisuuden ohjaus',
  'st.scope.participant': 'osallistujan sivut puhelimessa: liittyminen koodilla, muistiinpanot, teemat ja Open Space -työskentely',
  'st.scope.screen': 'näkymä, joka näytetään tilaisuudessa valkokankaalla',
  'st.scope.survey': 'hyvinvointikysely',
  'st.scope.reports': 'ladattavat raportit (PDF, Word ja CSV)',
  'st.scope.operator':
    'Palvelua ylläpitää organisaatio, joka on asentanut sen omalle palvelimelleen. Ylläpitäjä vastaa palvelun saavutettavuudesta ja vastaa palautteeseen.',
  // conformance
  'st.status.title': 'Saavutettavuuden tila',
  'st.status.text':
    'Palvelu täyttää osittain WCAG 2.1 -ohjeiston AA-tason saavutettavuusvaatimukset. Tiedossa olevat puutteet on lueteltu alla.',
  // non-accessible content
  'st.gaps.title': 'Sisältö, joka ei ole saavutettavaa',
  'st.gaps.intro': 'Nämä puutteet tiedämme nyt. Korjaamme niitä palvelun seuraavissa versioissa.',
  'st.gaps.pdf':
    'PDF-raporteissa ei ole rakennemerkintöjä (ne eivät ole PDF/UA-tiedostoja). Ruudunlukija ei tunnista niistä otsikoita eikä taulukoita, ja lukujärjestys voi olla väärä. Sama raportti on saatavilla myös Word-tiedostona, jossa on otsikot, luettelot, taulukot ja kuvien kuvaukset. (WCAG 1.3.1 ja 1.3.2)',
  'st.gaps.pdfScripts':
    'PDF-raporteissa ei näytetä kiinaa, japania tai koreaa oikein. Jos arabiankielisessä tekstissä on sulkeita, ne kääntyvät väärin päin, kun tekstin kopioi PDF-tiedostosta. Tällaista tekstiä varten käytä Word- tai CSV-tiedostoa. (WCAG 1.3.2)',
  'st.gaps.lang':
    'Osallistujien kirjoittamille teksteille ei merkitä kieltä. Ruudunlukija voi lukea esimerkiksi arabian- tai somalinkielisen tekstin sivun kielellä. Tekstin kirjoitussuunta päätellään tekstistä itsestään. (WCAG 3.1.2)',
  'st.gaps.images':
    'Osallistujat voivat lisätä fläppiin valokuvia ja piirroksia ilman kuvausta. Silloin kuvasta kerrotaan vain esimerkiksi ”Valokuva 1”. Palvelu pyytää kuvausta mutta ei vaadi sitä. (WCAG 1.1.1)',
  'st.gaps.drawing':
    'Open Space -ryhmätyön piirtoalueella voi piirtää vain sormella, kynällä tai hiirellä, ei näppäimistöllä. Piirtäminen on vapaaehtoista: kaiken voi kirjoittaa fläppiin myös tekstinä. (Vapaalla kädellä piirtäminen on WCAG 2.1.1:n sallima poikkeus.)',
  // how it was assessed
  'st.method.title': 'Miten saavutettavuus on arvioitu',
  'st.method.text':
    'Arvio on palvelun kehittäjien tekemä itsearvio. Ulkopuolinen asiantuntija ei ole vielä arvioinut palvelua. Arvioinnissa käytettiin:',
  'st.method.axe':
    'automaattisia axe-core-tarkistuksia (WCAG 2.1 A ja AA) selaintesteissä: jokainen palvelun sivu suomeksi, ruotsiksi ja englanniksi sekä vaaleilla että tummilla väreillä, osallistujan puhelin ja valkokangas myös eri vaiheissa sekä arabiaksi (oikealta vasemmalle) ja somaliksi',
  'st.method.keyboard':
    'näppäimistötestejä: osallistuja liittyy, kirjoittaa lapun ja ryhmittelee lappuja teemoiksi pelkällä näppäimistöllä, ohjaaja aloittaa kierroksen, vaihtaa vaihetta ja ohjaa kelloa näppäimistöllä (testi varmistaa, ettei hiirtä tai kosketusta käytetä ja että kohdistus näkyy), ohjaaja siirtää osallistujan toiseen ryhmään, ja kirjautumisen varmistuskoodin voi antaa näppäimistöllä; lisäksi liikkeen vähentäminen, 200 prosentin suurennos kaikilla kirjautuneiden ja julkisilla sivuilla, 320 pikselin levyinen puhelin ja kellon tila sanoina',
  'st.method.notYet':
    'Vielä arvioimatta: käyttö ruudunlukijoilla (esimerkiksi NVDA, VoiceOver ja TalkBack). Windowsin suuri kontrasti ja tekstin välistyksen muuttaminen on tarkistettu vain automaattisilla testeillä selaimessa osallistujan puhelimessa, valkokankaalla ja fasilitaattorin tilaisuusnäkymässä, ei vielä muilla sivuilla eikä oikealla Windowsin kontrastiteemalla.',
  // date
  'st.date.title': 'Selosteen laatiminen',
  'st.date.text': 'Seloste on laadittu {date}. Se päivitetään aina, kun palvelun saavutettavuus muuttuu.',
  // feedback
  'st.feedback.title': 'Anna palautetta saavutettavuudesta',
  'st.feedback.text':
    'Huomasitko puutteen saavutettavuudessa? Tai tarvitsetko jonkin sisällön muodossa, jota voit käyttää? Kerro siitä palvelun ylläpitäjälle. Ylläpitäjän pitää vastata 14 päivän kuluessa.',
  'st.feedback.email': 'Sähköposti:',
  'st.feedback.web': 'Palaute verkossa:',
  'st.feedback.none':
    'Tämän palvelun ylläpitäjä ei ole ilmoittanut erillistä yhteystietoa saavutettavuuspalautteelle. Ota yhteyttä organisaatioon, joka kutsui sinut tilaisuuteen tai kyselyyn, tai tilaisuuden ohjaajaan.',
  // enforcement
  'st.enforce.title': 'Valvontaviranomainen',
  'st.enforce.text':
    'Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle. Valvontaviranomainen on Liikenne- ja viestintävirasto Traficom (saavutettavuusvalvonta).',
  'st.enforce.how': 'Ohjeet ilmoituksen tekemiseen:',
};
