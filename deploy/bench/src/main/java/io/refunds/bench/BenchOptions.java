package io.refunds.bench;

import java.nio.file.Path;

/** What one benchmark run does: how many cases, at what arrival rate, how long each load phase lasts. */
public record BenchOptions(
        int cases,
        int warmup,
        double rate,
        int restSeconds,
        int restConnections,
        int limitSeconds,
        Path repositoryRoot,
        Path docsFile,
        boolean keepData,
        boolean profile) {

    static final String USAGE = """
            usage: deploy/bench/run [--cases N] [--warmup W] [--rate R] [--rest-seconds S] [--rest-connections C]
                                    [--limit-seconds S] [--docs FILE | --no-docs] [--keep-data] [--profile]
              --cases N            cases driven from report to refund (default 5000)
              --warmup W           cases driven first, at the same rate, and left out of the figures (default 0)
              --rate R             reports per second, open loop (default 50)
              --rest-seconds S     wrk duration for each REST read: timeline, public, trivial (default 15)
              --rest-connections C wrk connections (default 32, 2 threads)
              --limit-seconds S    pgbench duration (default 20); the Kafka producer test sends ~S x 16,000 records
              --docs FILE          where the results go (default docs/benchmarks.md); --no-docs writes none
              --keep-data          keep the run's data folder (deploy/bench/target/run-*)
              --profile            record each service with Java Flight Recorder into <data>/jfr (implies --keep-data)""";

    public static BenchOptions parse(String[] args, Path root) {
        int cases = 5_000;
        int warmup = 0;
        double rate = 50;
        int restSeconds = 15;
        int connections = 32;
        int limitSeconds = 20;
        Path docs = root.resolve("docs/benchmarks.md");
        boolean keep = false;
        boolean profile = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cases" -> cases = Integer.parseInt(value(args, ++i));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
                case "--rate" -> rate = Double.parseDouble(value(args, ++i));
                case "--rest-seconds" -> restSeconds = Integer.parseInt(value(args, ++i));
                case "--rest-connections" -> connections = Integer.parseInt(value(args, ++i));
                case "--limit-seconds" -> limitSeconds = Integer.parseInt(value(args, ++i));
                case "--docs" -> docs = root.resolve(value(args, ++i));
                case "--no-docs" -> docs = null;
                case "--keep-data" -> keep = true;
                case "--profile" -> {
                    profile = true;
                    keep = true;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (cases < 1 || warmup < 0 || rate <= 0 || restSeconds < 1 || connections < 1 || limitSeconds < 1) {
            throw new IllegalArgumentException("--cases, --rate and the durations must be positive\n" + USAGE);
        }
        return new BenchOptions(cases, warmup, rate, restSeconds, connections, limitSeconds, root, docs, keep,
                profile);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
