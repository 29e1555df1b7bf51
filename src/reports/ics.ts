/**
 * The next follow-up meeting as an iCalendar file (RFC 5545) that Outlook, Google and Apple
 * calendars import. The start is Helsinki wall time, so the event carries TZID=Europe/Helsinki and
 * its own VTIMEZONE (EU summer time rules), and the meeting stays at 13.00 local time whatever the
 * reader's zone.
 */
export interface IcsEvent {
  uid: string;
  title: string;
  description: string;
  /** local wall time in Europe/Helsinki, 'YYYY-MM-DDTHH:mm' */
  start: string;
  durationMinutes: number;
  location: string;
  /** epoch ms, for DTSTAMP */
  now: number;
}

const CRLF = '\r\n';

/** EET/EEST since 1996: summer time from the last Sunday of March 03:00 to the last Sunday of October 04:00 local. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function renderIcs(e: IcsEvent): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(e.start);
  if (!m) throw new Error(`start must be YYYY-MM-DDTHH:mm, got ${JSON.stringify(e.start)}`);
  if (!Number.isInteger(e.durationMinutes) || e.durationMinutes <= 0) throw new Error('durationMinutes must be a positive integer');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vuoropuhe//Vuoropuhe dialogue reports//FI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${utcStamp(e.now)}`,
    `DTSTART;TZID=Europe/Helsinki:${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}00`,
    // a duration rather than a local end time: it stays right even across a summer-time change
    `DURATION:${duration(e.durationMinutes)}`,
    `SUMMARY:${escapeText(e.title)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any line break as \n, other controls dropped. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((c) => c === '\t' || (c >= ' ' && c !== '\u007f'))
    .join('');
}

/**
 * Lines longer than 75 octets are folded: CRLF and one space before the rest (RFC 5545 3.1). The
 * limit is in UTF-8 bytes, and a fold never falls inside a character (nor inside a surrogate pair).
 */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (bytes + size > 75) {
      out.push(current);
      current = ' ';
      bytes = 1;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const min = minutes % 60;
  return `PT${h > 0 ? `${h}H` : ''}${min > 0 || h === 0 ? `${min}M` : ''}`;
}
