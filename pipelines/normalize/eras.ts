// The Japanese eras open data is dated in (明治 to 令和), and the ways a date names one, as regex sources every date
// reader builds from: an era added here is read everywhere. A leaf module, so that any date module may import it.

/** `yearsPast`: how many years past its last year a date may be written in an era and still be read (with a warning). */
export interface Era { name: string; letter: string; first: number; start: string; end: string | null; yearsPast: number }

/** How far past its era's last year a date may be written in that era: a form printed before the change carries dates
 *  to come, a permit's expiry up to 8 years on, a plan's last year about 10 (平成35年3月31日, 平成40年度). */
const YEARS_WRITTEN_PAST_ERA = 10;
/** For an era that ended long before open data lists began, its dates to come (expiries, plans' last years) have long
 *  passed, and no list of what is in force keeps them: a date past it is a past date, and only the year after the
 *  change is written so by a slip of habit or of a system not yet updated (昭和65年 for 1990, 大正16年 for 1927). Years
 *  farther on (昭和70年) are a typo of the era or the year, which the hub cannot read with confidence. */
const YEAR_AFTER_CHANGE = 1;

/** Gregorian dates of each era. 明治 starts on 1 January 1868 here (the era was applied to the whole year). 大正 and 昭和
 *  began on the day the emperor died, so that day is also the last of the era before (明治45年7月30日 = 大正元年7月30日);
 *  平成 and 令和 began the next day. */
export const ERAS: readonly Era[] = [
  { name: "明治", letter: "M", first: 1868, start: "1868-01-01", end: "1912-07-30", yearsPast: YEAR_AFTER_CHANGE },
  { name: "大正", letter: "T", first: 1912, start: "1912-07-30", end: "1926-12-25", yearsPast: YEAR_AFTER_CHANGE },
  { name: "昭和", letter: "S", first: 1926, start: "1926-12-25", end: "1989-01-07", yearsPast: YEAR_AFTER_CHANGE },
  { name: "平成", letter: "H", first: 1989, start: "1989-01-08", end: "2019-04-30", yearsPast: YEARS_WRITTEN_PAST_ERA },
  { name: "令和", letter: "R", first: 2019, start: "2019-05-01", end: null, yearsPast: YEARS_WRITTEN_PAST_ERA },
];

const names = ERAS.map((e) => e.name).join("|");
/** An era's name written out (令和), as a regex source (no group). */
export const ERA_NAME = `(?:${names})`;
/** An era's letter (R; any case under the i flag), as a regex source. */
export const ERA_LETTER = `[${ERAS.map((e) => e.letter).join("")}]`;
/** An era's name or letter (令和, R), as a regex source (no group). */
export const ERA_NAME_OR_LETTER = `(?:${names}|${ERA_LETTER})`;
/** An era as dates write it, as a regex source (no group): its name (令和), its letter (R) or its first kanji (令). */
export const ERA_WRITTEN = `(?:${names}|${ERA_LETTER}|[${ERAS.map((e) => e.name[0]).join("")}])`;
