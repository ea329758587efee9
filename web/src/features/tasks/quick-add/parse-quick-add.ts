import * as chrono from 'chrono-node';
import * as zh from 'chrono-node/zh';

/** A due date read out of what was typed: the moment, whether a time was said, and the words that said it. */
export interface ParsedDue {
  /** For an all-day date, local midnight of that day. */
  at: Date;
  allDay: boolean;
  /** The words of the input that named the date ("明天下午3点", "next Friday 3pm"). */
  text: string;
}

export interface QuickAdd {
  /** What was typed without the date's words; the whole input when it was nothing but a date. */
  title: string;
  due?: ParsedDue;
}

type Language = 'zh-CN' | 'en';

const PARSERS: Record<Language, chrono.Chrono> = { 'zh-CN': zh.hans.casual, en: chrono.en.casual };

/**
 * Reads a natural due date out of a quick-add line, in the person's language first and the other
 * one next (people write "明天 3pm" and "report 周五" alike). Dates are taken forward from `now` in
 * the browser's time zone. A date without a time of day is an all-day date. `ignored` is the words
 * of a date the person took off the task: they stay part of the title.
 */
export function parseQuickAdd(input: string, now: Date, language: Language, ignored?: string): QuickAdd {
  const order: Language[] = language === 'zh-CN' ? ['zh-CN', 'en'] : ['en', 'zh-CN'];
  for (const each of order) {
    const result = PARSERS[each]
      .parse(input, now, { forwardDate: true })
      .find((found) => found.text.trim() !== ignored?.trim());
    if (result) {
      const allDay = !result.start.isCertain('hour');
      const at = result.start.date();
      if (allDay) at.setHours(0, 0, 0, 0);
      const rest = `${input.slice(0, result.index)} ${input.slice(result.index + result.text.length)}`;
      const title = tidy(rest);
      return { title: title === '' ? tidy(input) : title, due: { at, allDay, text: result.text.trim() } };
    }
  }
  return { title: tidy(input) };
}

/** Collapses the spaces left where the date's words were taken out. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
