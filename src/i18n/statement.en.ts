import { statementLinkEn } from './statement-link.en.ts';
import type { statementFi } from './statement.fi.ts';

/** The accessibility statement, English. */
export const statementEn: Record<keyof typeof statementFi, string> = {
  ...statementLinkEn,
  'st.intro':
    'This statement tells how well the Vuoropuhe service works for everyone, including people who use a screen reader or only a keyboard. It is based on the Finnish Act on the Provision of Digital Services (306/2019).',
  'st.scope.title': 'What this statement covers',
  'st.scope.text': 'Vuoropuhe is a service for running dialogues. This statement covers every part of the service:',
  'st.scope.facilitator': 'the facilitator’s pages: signing in, your account, processes and running a session',
  'st.scope.participant': 'the participant’s pages on a phone: joining with a code, notes, themes and Open Space work',
  'st.scope.screen': 'the view shown on the projector screen during a session',
  'st.scope.survey': 'the wellbeing survey',
  'st.scope.reports': 'the reports you can download (PDF, Word and CSV)',
  'st.scope.operator':
    'The service is run by the organisation that installed it on its own server. That organisation is responsible for its accessibility and answers feedback.',
  'st.status.title': 'Compliance status',
  'st.status.text': 'The service partially conforms with WCAG 2.1 level AA. The gaps we know of are listed below.',
  'st.gaps.title': 'Content that is not accessible',
  'st.gaps.intro': 'These are the gaps we know of today. We will fix them in coming versions of the service.',
  'st.gaps.pdf':
    'The PDF reports are not tagged (they are not PDF/UA files). A screen reader does not find their headings or tables, and the reading order may be wrong. The same report is also available as a Word file with headings, lists, tables and image descriptions. (WCAG 1.3.1 and 1.3.2)',
  'st.gaps.pdfScripts':
    'In the PDF reports, Chinese, Japanese and Korean are not shown correctly. If Arabic text has brackets, they turn the wrong way round when you copy the text out of the PDF file. For such text, use the Word or CSV file. (WCAG 1.3.2)',
  'st.gaps.lang':
    'Texts written by participants are not marked with their language. A screen reader may read Arabic or Somali text, for example, in the page’s language. The writing direction of each text is taken from the text itself. (WCAG 3.1.2)',
  'st.gaps.images':
    'Participants can add photos and drawings to the flipchart without a description. The image is then only named, for example “Photo 1”. The service asks for a description but does not require one. (WCAG 1.1.1)',
  'st.gaps.drawing':
    'The drawing pad in Open Space group work can only be used with a finger, pen or mouse, not with a keyboard. Drawing is optional: everything can also be written on the flipchart as text. (Freehand drawing is an exception WCAG 2.1.1 allows.)',
  'st.method.title': 'How accessibility was assessed',
  'st.method.text':
    'This is a self-assessment by the developers of the service. No outside expert has assessed the service yet. The assessment used:',
  'st.method.axe':
    'automated axe-core checks (WCAG 2.1 A and AA) in browser tests: every page of the service in Finnish, Swedish and English, with both light and dark colours, and the participant’s phone and the projector in several phases and also in Arabic (right to left) and Somali',
  'st.method.keyboard':
    'keyboard tests: a participant joins, writes a note and sorts notes into themes with the keyboard alone, the facilitator starts a round, changes the phase and controls the clock with the keyboard (the test makes sure no mouse or touch is used and that focus is visible), the facilitator moves a participant to another group, and the sign-in verification code can be entered with the keyboard; also reduced motion, 200 percent zoom on every signed-in and public page, a phone 320 pixels wide and the clock’s state in words',
  'st.method.notYet':
    'Not assessed yet: use with screen readers (such as NVDA, VoiceOver and TalkBack). Windows high contrast and changed text spacing are checked only by automated tests in the browser on the participant’s phone, the projector and the facilitator’s session view, not yet on the other pages or with a real Windows contrast theme.',
  'st.date.title': 'Preparation of this statement',
  'st.date.text': 'This statement was prepared on {date}. It is updated whenever the accessibility of the service changes.',
  'st.feedback.title': 'Give feedback on accessibility',
  'st.feedback.text':
    'Did you notice a gap in accessibility? Or do you need some content in a form you can use? Tell the organisation that runs this service. It must answer within 14 days.',
  'st.feedback.email': 'E-mail:',
  'st.feedback.web': 'Feedback online:',
  'st.feedback.none':
    'The organisation that runs this service has not given a separate contact for accessibility feedback. Contact the organisation that invited you to the session or survey, or the session’s facilitator.',
  'st.enforce.title': 'Enforcement procedure',
  'st.enforce.text':
    'If you are not satisfied with the answer, or you get no answer within two weeks, you can report it to the supervisory authority. The supervisory authority is the Finnish Transport and Communications Agency Traficom (accessibility monitoring).',
  'st.enforce.how': 'How to report:',
};
