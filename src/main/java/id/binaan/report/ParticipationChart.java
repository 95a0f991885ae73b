package id.binaan.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.binaan.report.DashboardFigures.MonthRate;

/** The geometry of the participation bar chart, drawn as SVG by the template (no script, no inline style). */
record ParticipationChart(int width, int height, int baseline, List<Bar> bars) {

    static final int SLOT = 50;
    static final int BAR_WIDTH = 34;
    static final int PLOT_HEIGHT = 150;
    static final int TOP = 20;

    record Bar(int x, int y, int width, int height, int labelX, String month, double percent, long participants,
               long population) {
    }

    static ParticipationChart of(List<MonthRate> months, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yy", locale);
        int baseline = TOP + PLOT_HEIGHT;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            MonthRate month = months.get(i);
            double percent = month.rate().percent();
            int h = (int) Math.round(percent / 100 * PLOT_HEIGHT);
            int x = i * SLOT + (SLOT - BAR_WIDTH) / 2;
            bars.add(new Bar(x, baseline - h, BAR_WIDTH, h, x + BAR_WIDTH / 2, format.format(month.month()), percent,
                    month.rate().participants(), month.rate().population()));
        }
        return new ParticipationChart(Math.max(1, months.size()) * SLOT, baseline + 30, baseline, bars);
    }
}
