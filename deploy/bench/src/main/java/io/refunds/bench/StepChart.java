package io.refunds.bench;

import java.util.Locale;
import java.util.Map;

/** An SVG bar chart of p50/p95/p99 per step, on a logarithmic millisecond axis (end to end dwarfs the steps). */
final class StepChart {

    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759"};
    private static final String[] LABELS = {"p50", "p95", "p99"};
    private static final int LEFT = 230;
    private static final int WIDTH = 560;
    private static final int BAR = 9;

    private StepChart() {
    }

    static String svg(String title, Map<String, Percentiles> steps) {
        double max = steps.values().stream().mapToDouble(Percentiles::p99).filter(v -> !Double.isNaN(v)).max()
                .orElse(1);
        double top = Math.pow(10, Math.ceil(Math.log10(Math.max(10, max))));
        int height = 60 + steps.size() * (3 * BAR + 14) + 40;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                        + "font-size=\"11\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
                        + "<text x=\"10\" y=\"20\" font-size=\"13\" font-weight=\"bold\">%s</text>\n",
                LEFT + WIDTH + 90, height, escape(title)));
        for (double tick = 1; tick <= top; tick *= 10) {
            double x = LEFT + x(tick, top);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"40\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s ms</text>\n",
                    x, x, height - 30, x, height - 16, String.format(Locale.ROOT, "%,.0f", tick)));
        }
        int y = 48;
        for (Map.Entry<String, Percentiles> step : steps.entrySet()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n",
                    LEFT - 8, y + 2 * BAR, escape(step.getKey())));
            double[] values = {step.getValue().p50(), step.getValue().p95(), step.getValue().p99()};
            for (int i = 0; i < values.length; i++) {
                double width = Double.isNaN(values[i]) ? 0 : x(Math.max(1, values[i]), top);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                        + "fill=\"%s\"/><text x=\"%.1f\" y=\"%d\" fill=\"#333\">%s</text>\n", LEFT, y, width, BAR - 1,
                        COLOURS[i], LEFT + width + 4, y + BAR - 1, Table.number(values[i])));
                y += BAR;
            }
            y += 14;
        }
        for (int i = 0; i < LABELS.length; i++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"28\" width=\"10\" height=\"8\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"36\">%s</text>\n", LEFT + i * 60, COLOURS[i], LEFT + 14 + i * 60, LABELS[i]));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Pixels from the axis origin (1 ms) on the log scale up to {@code top}. */
    private static double x(double millis, double top) {
        return WIDTH * Math.log10(Math.max(1, millis)) / Math.log10(top);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
