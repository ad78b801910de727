package be.stroomplan.controls.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.stroomplan.controls.ControlAction;

/**
 * A month as a grid of weeks from Monday to Sunday, server-rendered as a table: each day with the
 * actions that run on it (Brussels dates; an action past midnight shows on both days).
 */
record CalendarMonth(YearMonth month, String title, List<String> weekdays, List<List<Day>> weeks) {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    record Day(LocalDate date, boolean inMonth, boolean today, List<ControlAction> actions) {
    }

    static CalendarMonth of(YearMonth month, List<ControlAction> actions, Locale locale) {
        LocalDate today = LocalDate.now(BRUSSELS);
        LocalDate first = month.atDay(1);
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate day = start;
        while (day.isBefore(month.plusMonths(1).atDay(1)) || weeks.isEmpty()) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate d = day;
                week.add(new Day(d, YearMonth.from(d).equals(month), d.equals(today), actions.stream().filter(a -> runsOn(a, d)).toList()));
                day = day.plusDays(1);
            }
            weeks.add(week);
        }
        List<String> weekdays = new ArrayList<>();
        for (DayOfWeek w : DayOfWeek.values()) {
            weekdays.add(w.getDisplayName(TextStyle.FULL, locale));
        }
        String title = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
        return new CalendarMonth(month, title, weekdays, weeks);
    }

    private static boolean runsOn(ControlAction a, LocalDate day) {
        LocalDate from = a.startsAt().atZone(BRUSSELS).toLocalDate();
        LocalDate to = a.endsAt().minusSeconds(1).atZone(BRUSSELS).toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
