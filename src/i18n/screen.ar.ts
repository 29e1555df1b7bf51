/** Arabic (MSA) projector texts. Machine-written by the team; to be reviewed by a native speaker before production use. */
import type { screenFi } from './screen.fi.ts';

export const screenAr: Record<keyof typeof screenFi, string> = {
  'screen.title': 'Vuoropuhe',
  'screen.connecting': 'جارٍ الاتصال بالجلسة…',
  'screen.offline': 'انقطع الاتصال – جارٍ إعادة الاتصال',
  'screen.fatal': 'افتح هذه الشاشة من لوحة تحكم الميسّر',
  'screen.fatalBody': 'تعمل شاشة العرض عندما يكون الميسّر قد سجّل الدخول في هذا المتصفح.',
  'screen.notFound': 'لم يتم العثور على الجلسة',
  'screen.notFoundBody': 'تحقق من العنوان، أو افتح الشاشة من لوحة تحكم الميسّر.',
  'screen.table': 'الطاولة {n}',
  'screen.group': 'المجموعة {n}',
  'screen.host': 'مضيف الطاولة موجود',
  'screen.notes': 'الملاحظات: {n}',
  'screen.more': '+ {n} أخرى',
  'screen.important': 'مهم',

  'screen.lobby.heading': 'انضم بهاتفك',
  'screen.lobby.code': 'رمز الانضمام',
  'screen.lobby.url': 'اذهب إلى',
  'screen.lobby.qrAlt': 'رمز QR يفتح صفحة الانضمام {url}',
  'screen.lobby.scan': 'أو امسح رمز QR',
  'screen.lobby.joined': 'عدد المنضمين: {n}',

  'screen.opening.tables': 'اليوم نتحدث على هذه الطاولات',

  'screen.round.heading': 'الجولة {n}/{total}',
  'screen.round.hint': 'تنتقل المجموعات من طاولة إلى أخرى. يبقى مضيف الطاولة في مكانه.',
  'screen.theming.heading': 'ترتيب المواضيع',
  'screen.theming.hint': 'ترتّب كل مجموعة ملاحظات طاولتها الأخيرة في مواضيع.',
  'screen.unthemed': 'بدون موضوع: {n}',

  'screen.clock.label': 'الوقت المتبقي',

  'screen.debrief.heading': 'المراجعة: مواضيع الطاولات',
  'screen.carried': 'ينتقل إلى الجلسة 2',
  'screen.moreThemes': '+ {n} من المواضيع الأخرى',
  'screen.noThemes': 'لا توجد مواضيع',

  'screen.closed.heading': 'شكرا!',
  'screen.closed.body': 'انتهت الجلسة. شكرا لمشاركتكم.',
  'screen.os.joker': 'الموضوع الحر: أي شيء ينقصنا',
  'screen.os.jokerBadge': 'موضوع حر',
  'screen.os.people': '{n, plural, zero {لا أحد} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصا} other {# شخص}}',
  'screen.os.groups': 'المجموعات: {n}',
  'screen.os.where': '{theme} · المجموعة {n}',
  'screen.os.items': 'على اللوح الورقي: {n}',
  'screen.os.images': 'الصور: {n}',

  'screen.os.opening.lead': 'اليوم يختار كل شخص بنفسه ما يريد أن يتحدث عنه.',
  'screen.os.principles': 'أربعة مبادئ',
  'screen.os.principle1': 'من يحضرون هم الأشخاص المناسبون تماما.',
  'screen.os.principle2': 'ما يحدث هو بالضبط ما يمكن أن يحدث الآن.',
  'screen.os.principle3': 'يبدأ الحديث عندما يبدأ.',
  'screen.os.principle4': 'عندما ينتهي الحديث، فقد انتهى.',
  'screen.os.twoFeet': 'قانون القدمين',
  'screen.os.twoFeetBody': 'إذا كنت لا تتعلم شيئا ولا تقدّم شيئا للمجموعة، فاذهب إلى مجموعة أخرى. يمكنك الانتقال في أي وقت.',

  'screen.os.market.heading': 'سوق المواضيع',
  'screen.os.market.hint': 'اختر بهاتفك الموضوع الذي تريد أن تتحدث عنه.',
  'screen.os.noThemes': 'لا توجد مواضيع بعد',
  'screen.os.capHint': 'الحد الأقصى في كل مجموعة: {n}',
  'screen.os.proposed': 'اقتراحات تنتظر الميسّر',
  'screen.os.unplaced': 'لم يختاروا موضوعا بعد: {n}',

  'screen.os.groups.heading': 'المجموعات تعمل',
  'screen.os.groups.hint': 'قانون القدمين: يمكنك الانتقال إلى مجموعة أخرى في أي وقت.',

  'screen.os.pearls.heading': 'اللآلئ',
  'screen.os.pearls.none': 'لا توجد لآلئ بعد',
  'screen.os.mainPoints': 'النقاط الرئيسية',

  'screen.os.followup.heading': 'نتفق على الخطوات التالية',
  'screen.os.followup.body': 'ماذا سمعنا اليوم؟ كيف نتابع المواضيع: من يفعل ماذا، ومتى؟',

  'screen.feedback.heading': 'الآراء – عدد الإجابات: {n}',
  'screen.feedback.headingOne': 'الآراء: إجابة واحدة',
  'screen.feedback.body': 'شارك رأيك من هاتفك. لا يظهر اسمك.',
  'screen.feedback.rejoin': 'هل أغلقت الصفحة؟ انضم مرة أخرى',
};
