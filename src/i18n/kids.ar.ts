// machine-written, to be reviewed by a native speaker
import type { kidsFi } from './kids.fi.ts';

/** Child-friendly participant texts, Arabic (Modern Standard Arabic, plain language). */
export const kidsAr: Record<keyof typeof kidsFi, string> = {
  'kids.state.write': 'اكتب',
  'kids.state.wait': 'انتظر',
  'kids.state.move': 'غيّر الطاولة',
  'kids.zone1': 'لا قلق',
  'kids.zone2': 'قلق صغير',
  'kids.zone3': 'قلق كبير',
  'kids.zone4': 'قلق كبير جدًا',

  'kids.joined': 'أنت معنا!',
  'kids.lobby.body': 'انتظر قليلًا. سنبدأ قريبًا.',
  'kids.lobby.yourGroup': 'مجموعتك هي {n}.',
  'kids.opening.body': 'استمع. سترى قريبًا إلى أي طاولة تذهب.',

  'kids.round.body': 'تحدّث مع مجموعتك. اكتب ما تفكر فيه.',
  'kids.round.hostBody': 'أنت تبقى عند هذه الطاولة. أخبر المجموعة الجديدة بما قاله الآخرون.',
  'kids.round.paused': 'استراحة. انتظر قليلًا.',
  'kids.round.next': 'انتهى الوقت! اذهب إلى الطاولة {n}.',
  'kids.round.nextTheming': 'انتهى الوقت! الآن نضع الأوراق في مجموعات.',
  'kids.round.hostNext': 'انتهى الوقت! ابقَ هنا. ستأتي مجموعة جديدة.',
  'kids.round.waitBody': 'انتظر قليلًا. ستحصل على مجموعة قريبًا.',

  'kids.form.label': 'اكتب ما تفكر فيه',
  'kids.form.hint': 'اكتب ما يساعد. لا تكتب أسماء.',

  'kids.theming.intro': 'ضعوا الأوراق المتشابهة معًا. اختاروا اسمًا لكل مجموعة.',
  'kids.debrief.body': 'انظر إلى الشاشة الكبيرة. سننظر معًا إلى ما وجدناه.',

  'kids.feedback.intro': 'أخبرنا برأيك. لا يجب أن تجيب عن كل شيء.',
  'kids.feedback.s1': 'كان هذا مفيدًا لي.',
  'kids.feedback.s2': 'استطعت أن أقول ما أردت.',
  'kids.feedback.s3': 'سمعت أفكارًا جديدة من الآخرين.',
  'kids.feedback.s4': 'أظن أن الأمور ستتحسن.',
  'kids.feedback.open': 'ماذا كنت ستفعل بشكل مختلف؟',
  'kids.feedback.thanksBody': 'شكرًا! تم حفظ إجابتك.',

  'kids.closed.body': 'شكرًا لأنك شاركت معنا! يمكنك إغلاق الصفحة.',
};
