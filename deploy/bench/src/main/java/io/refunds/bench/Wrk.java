package io.refunds.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk} (closed loop: fixed connections, fixed duration) and reads its rate and latency percentiles. */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");

    /** What one wrk run measured. */
    record Result(double requestsPerSecond, double p50, double p90, double p99, long requests, long errors,
            String output) {
    }

    private final int seconds;
    private final int connections;

    Wrk(int seconds, int connections) {
        this.seconds = seconds;
        this.connections = connections;
    }

    /** GETs {@code baseUrl} followed by the paths in turn, with the given headers (e.g. Authorization). */
    Result get(String baseUrl, List<String> paths, List<String> headers, Path workDirectory)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "10s"));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        if (paths.size() > 1) {
            command.add("-s");
            command.add(rotationScript(paths, workDirectory).toString());
            command.add(baseUrl);
        } else {
            command.add(baseUrl + paths.get(0));
        }
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        return parse(output);
    }

    static Result parse(String output) {
        Matcher rate = RATE.matcher(output);
        double perSecond = rate.find() ? Double.parseDouble(rate.group(1)) : Double.NaN;
        double[] percentiles = {Double.NaN, Double.NaN, Double.NaN};
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double value = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000.0;
                default -> 1.0;
            };
            percentiles[switch (percentile.group(1)) {
                case "50" -> 0;
                case "90" -> 1;
                default -> 2;
            }] = value;
        }
        Matcher errors = NON_2XX.matcher(output);
        Matcher total = TOTAL.matcher(output);
        return new Result(perSecond, percentiles[0], percentiles[1], percentiles[2],
                total.find() ? Long.parseLong(total.group(1)) : 0, errors.find() ? Long.parseLong(errors.group(1)) : 0,
                output);
    }

    private static Path rotationScript(List<String> paths, Path workDirectory) throws IOException {
        StringBuilder lua = new StringBuilder("paths = {\n");
        for (String path : paths) {
            lua.append("  \"").append(path).append("\",\n");
        }
        lua.append("}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n")
                .append("  return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n");
        Path script = workDirectory.resolve("rotate-paths.lua");
        Files.writeString(script, lua);
        return script;
    }
}
