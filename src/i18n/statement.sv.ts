import { statementLinkSv } from './statement-link.sv.ts';
import type { statementFi } from './statement.fi.ts';

/** The accessibility statement (tillgänglighetsutlåtande), Swedish. */
export const statementSv: Record<keyof typeof statementFi, string> = {
  ...statementLinkSv,
  'st.intro':
    'Det här utlåtandet berättar hur väl tjänsten Vuoropuhe fungerar för alla användare, också för dem som använder skärmläsare eller bara tangentbord. Utlåtandet bygger på lagen om tillhandahållande av digitala tjänster (306/2019).',
  'st.scope.title': 'Vad utlåtandet gäller',
  'st.scope.text': 'Vuoropuhe är en tjänst för att ordna dialoger. Utlåtandet gäller alla delar av tjänsten:',
  'st.scope.facilitator': 'handledarens sidor: inloggning, eget konto, processer och att leda ett tillfälle',
  'st.scope.participant': 'deltagarens sidor på telefonen: att delta med kod, anteckningar, teman och arbete i Open Space',
  'st.scope.screen': 'vyn som visas på duken under tillfället',
  'st.scope.survey': 'välbefinnandeenkäten',
  'st.scope.reports': 'rapporterna som kan laddas ner (PDF, Word och CSV)',
  'st.scope.operator':
    'Tjänsten upprätthålls av den organisation som har installerat den på sin egen server. Den ansvarar för tjänstens tillgänglighet och svarar på respons.',
  'st.status.title': 'Tillgänglighetsstatus',
  'st.status.text': 'Tjänsten uppfyller delvis kraven på nivå AA i WCAG 2.1. Bristerna som vi känner till finns nedan.',
  'st.gaps.title': 'Innehåll som inte är tillgängligt',
  'st.gaps.intro': 'Dessa brister känner vi till nu. Vi rättar dem i kommande versioner av tjänsten.',
  'st.gaps.pdf':
    'PDF-rapporterna saknar strukturmärkning (de är inte PDF/UA-filer). En skärmläsare känner inte igen rubriker eller tabeller i dem, och läsordningen kan bli fel. Samma rapport finns också som Word-fil med rubriker, listor, tabeller och bildbeskrivningar. (WCAG 1.3.1 och 1.3.2)',
  'st.gaps.pdfScripts':
    'I PDF-rapporterna visas kinesiska, japanska och koreanska inte rätt. Om arabisk text har parenteser, vänds de åt fel håll när man kopierar texten från PDF-filen. Använd Word- eller CSV-filen för sådan text. (WCAG 1.3.2)',
  'st.gaps.lang':
    'Texter som deltagarna skriver märks inte med språk. En skärmläsare kan läsa till exempel arabisk eller somalisk text med sidans språk. Textens skrivriktning avgörs av texten själv. (WCAG 3.1.2)',
  'st.gaps.images':
    'Deltagarna kan lägga till foton och teckningar på blädderblocket utan beskrivning. Då får bilden bara en text som ”Foto 1”. Tjänsten ber om en beskrivning men kräver den inte. (WCAG 1.1.1)',
  'st.gaps.drawing':
    'På ritytan i grupparbetet i Open Space kan man bara rita med finger, penna eller mus, inte med tangentbordet. Att rita är frivilligt: allt kan också skrivas som text på blädderblocket. (Frihandsritning är ett undantag som WCAG 2.1.1 tillåter.)',
  'st.method.title': 'Hur tillgängligheten har bedömts',
  'st.method.text':
    'Bedömningen är en självbedömning som tjänstens utvecklare har gjort. Ingen extern expert har ännu bedömt tjänsten. I bedömningen användes:',
  'st.method.axe':
    'automatiska axe-core-kontroller (WCAG 2.1 A och AA) i webbläsartester: varje sida i tjänsten på finska, svenska och engelska med både ljusa och mörka färger, deltagarens telefon och duken även i olika skeden samt på arabiska (från höger till vänster) och somaliska',
  'st.method.keyboard':
    'tangentbordstester: en deltagare ansluter sig, skriver en lapp och grupperar lappar i teman med bara tangentbordet, handledaren startar en omgång, byter skede och styr klockan med tangentbordet (testet säkerställer att ingen mus eller beröring används och att fokus syns), handledaren flyttar en deltagare till en annan grupp, och verifieringskoden vid inloggning kan ges med tangentbordet; dessutom minskade rörelser, 200 procents förstoring på alla sidor för inloggade och offentliga sidor, en 320 pixlar bred telefon och klockans läge i ord',
  'st.method.notYet':
    'Inte ännu bedömt: användning med skärmläsare (till exempel NVDA, VoiceOver och TalkBack). Windows hög kontrast och ändrat textavstånd kontrolleras bara med automatiska tester i webbläsaren i deltagarens telefon, på duken och i handledarens tillfällesvy, ännu inte på de andra sidorna eller med ett riktigt kontrasttema i Windows.',
  'st.date.title': 'Hur utlåtandet har utarbetats',
  'st.date.text': 'Utlåtandet har utarbetats {date}. Det uppdateras alltid när tjänstens tillgänglighet ändras.',
  'st.feedback.title': 'Ge respons om tillgängligheten',
  'st.feedback.text':
    'Har du märkt en brist i tillgängligheten? Eller behöver du något innehåll i en form som du kan använda? Berätta det för den som upprätthåller tjänsten. Den ska svara inom 14 dagar.',
  'st.feedback.email': 'E-post:',
  'st.feedback.web': 'Respons på webben:',
  'st.feedback.none':
    'Den som upprätthåller tjänsten har inte angett någon särskild kontakt för respons om tillgänglighet. Kontakta organisationen som bjöd in dig till tillfället eller enkäten, eller tillfällets handledare.',
  'st.enforce.title': 'Tillsynsmyndighet',
  'st.enforce.text':
    'Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten. Tillsynsmyndigheten är Transport- och kommunikationsverket Traficom (tillsynen över tillgänglighet).',
  'st.enforce.how': 'Anvisningar för att göra en anmälan:',
};
