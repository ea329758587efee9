package dev.atrium.calendar;

/**
 * Why part of an imported iCalendar file was refused: {@code line} counts the file's lines from 1
 * (where the refused property, or its VEVENT, begins), {@code code} is a translatable error code
 * ({@code calendar.time-zone-unknown}, {@code calendar.recurrence-invalid}, …) and {@code message}
 * says it in English.
 */
public record CalendarImportError(int line, String code, String message) {}
