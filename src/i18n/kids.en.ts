import type { kidsFi } from './kids.fi.ts';

/** Child-friendly participant texts, English. Short sentences, everyday words. */
export const kidsEn: Record<keyof typeof kidsFi, string> = {
  'kids.state.write': 'Write',
  'kids.state.wait': 'Wait',
  'kids.state.move': 'Change tables',
  'kids.zone1': 'No worry',
  'kids.zone2': 'A little worry',
  'kids.zone3': 'A big worry',
  'kids.zone4': 'A very big worry',

  'kids.joined': 'You are in!',
  'kids.lobby.body': 'Wait a little. We start soon.',
  'kids.lobby.yourGroup': 'Your group is {n}.',
  'kids.opening.body': 'Listen. Soon you will see which table to go to.',

  'kids.round.body': 'Talk with your group. Write what you think.',
  'kids.round.hostBody': 'You stay at this table. Tell the new group what the others said.',
  'kids.round.paused': 'Pause. Wait a little.',
  'kids.round.next': 'Time is up! Go to table {n}.',
  'kids.round.nextTheming': 'Time is up! Now we put the notes in groups.',
  'kids.round.hostNext': 'Time is up! Stay here. A new group is coming.',
  'kids.round.waitBody': 'Wait a little. You will get a group soon.',

  'kids.form.label': 'Write what you think',
  'kids.form.hint': 'Write what helps. Do not write names.',

  'kids.theming.intro': 'Put notes that are alike together. Think of a name for each group.',
  'kids.debrief.body': 'Look at the big screen. We look together at what we found.',

  'kids.feedback.intro': 'Tell us what you thought. You do not have to answer everything.',
  'kids.feedback.s1': 'This was good for me.',
  'kids.feedback.s2': 'I could say what I wanted.',
  'kids.feedback.s3': 'I heard new ideas from others.',
  'kids.feedback.s4': 'I think things will get better.',
  'kids.feedback.open': 'What would you do differently?',
  'kids.feedback.thanksBody': 'Thank you! Your answer is saved.',

  'kids.closed.body': 'Thank you for taking part! You can close the page.',
};
