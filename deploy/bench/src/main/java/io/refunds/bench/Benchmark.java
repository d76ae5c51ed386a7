package io.refunds.bench;

import io.refunds.local.LocalPlatform;
import io.refunds.local.PlatformSettings;
import io.refunds.testing.DevTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code deploy/bench/run}: starts the platform as the local run does (seller deadline zero), drives cases from
 * report to refund at a fixed arrival rate with an automatic agent deciding, loads the REST API with wrk, measures
 * the machine's limits on the same servers, and prints and writes every figure beside its limit.
 */
public final class Benchmark {

    private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);
    static final Map<String, String> SERVICE_ENVIRONMENT = Map.of(
            // The benchmark reports without photos: DEFECTIVE needs none here (one in the shipped policy).
            "REFUND_POLICY_REASONS_DEFECTIVE_MIN_EVIDENCE", "0");

    private final BenchOptions options;
    private final Measurements measured = new Measurements();

    private Benchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("refunds.repository.root", ".")).toAbsolutePath().normalize();
        if (java.util.Arrays.asList(args).contains("--help")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, root);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new Benchmark(options).run() ? 0 : 1);
    }

    /** Runs the benchmark; false when not every case was refunded (the table is printed, the docs left alone). */
    private boolean run() throws Exception {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        Path data = Files.createDirectories(options.repositoryRoot().resolve("deploy/bench/target/run-" + runId));
        measured.loadBefore = Machine.loadAverage();
        measured.startedAt = Instant.now();
        measured.commit = Machine.commit(options.repositoryRoot());
        PlatformSettings settings = PlatformSettings.forTest(options.repositoryRoot(), data, Duration.ZERO);
        LOG.info("Starting the platform (data in {}) ...", data);
        long startNanos = System.nanoTime();
        Map<String, String> environment = new LinkedHashMap<>(SERVICE_ENVIRONMENT);
        if (options.profile()) {
            Path jfr = Files.createDirectories(data.resolve("jfr"));
            // A folder as file name: each JVM writes hotspot-pid-<pid>-….jfr there when it stops.
            environment.put("JAVA_TOOL_OPTIONS",
                    "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr + "/");
            LOG.info("Profiling the services with JFR into {}", jfr);
        }
        try (LocalPlatform platform = LocalPlatform.start(settings, environment);
                ProcessMemory memory = new ProcessMemory()) {
            measured.readySeconds = (System.nanoTime() - startNanos) / 1e9;
            LOG.info("Ready in {} s", Table.number(measured.readySeconds));
            watch(memory, platform, data);
            memory.start();
            drive(platform, runId, memory);
            measured.rssPipelineKb = memory.peaks();
            rest(platform, data);
            measured.rssKb = memory.peaks();
            limits(platform, settings);
        } finally {
            if (!options.keepData()) {
                Machine.deleteQuietly(data);
            }
        }
        measured.loadAfter = Machine.loadAverage();
        Table table = new Results(options, measured).table();
        System.out.println(table.console());
        if (measured.refunded < options.cases()) {
            LOG.error("Only {} of {} cases were refunded: the run is not a measurement of the pipeline, {} is left "
                    + "as it was; see the services' logs (--keep-data keeps them)", measured.refunded, options.cases(),
                    options.docsFile());
            return false;
        }
        if (options.docsFile() != null) {
            Docs.write(options, measured, table);
            LOG.info("Wrote {}", options.docsFile());
        }
        return true;
    }

    private static void watch(ProcessMemory memory, LocalPlatform platform, Path data) {
        for (String service : platform.settings().servicePorts().keySet()) {
            long pid = platform.service(service).pid();
            LOG.info("{} pid {}", service, pid);
            memory.watch(service, () -> pid, false);
        }
        long kafka = platform.kafkaPid();
        memory.watch("kafka", () -> kafka, false);
        Path pgData = data.resolve("postgres/data");
        memory.watch("postgresql", () -> ProcessMemory.postmasterPid(pgData), true);
    }

    /** The pipeline: orders, an idle baseline, reports at the arrival rate, until every refund is out. */
    private void drive(LocalPlatform platform, String runId, ProcessMemory processes) throws Exception {
        PlatformSettings settings = platform.settings();
        DevTokens tokens = platform.tokens();
        Http http = new Http();
        CaseDriver driver = new CaseDriver(http, settings.baseUrl(PlatformSettings.ORDER_SERVICE),
                tokens.token("platform", "agent-platform"), tokens.token("buyer", CaseDriver.BUYER), runId);
        Commits commits = new Commits(settings.postgresPort());
        try (EventTimes events = new EventTimes(settings.bootstrapServers(), "bench-events-" + runId);
                Decider decider = new Decider(http, settings.bootstrapServers(),
                        settings.baseUrl(PlatformSettings.DISPUTE_SERVICE), tokens.token("agent", "a-bench"))) {
            LOG.info("Registering {} orders ...", options.warmup() + options.cases());
            List<String> orders = driver.registerOrders(options.warmup() + options.cases());
            if (options.warmup() > 0) {
                LOG.info("Warm-up: {} cases at {}/s ...", options.warmup(), Table.number(options.rate()));
                awaitRefunds(events, driver.report(orders.subList(0, options.warmup()), options.rate()), 0);
                orders = orders.subList(options.warmup(), orders.size());
                decider.forgetLatencies();
            }
            LOG.info("Idle baseline (5 s) ...");
            long idleStart = commits.now();
            Map<String, Double> idleCpuBefore = processes.cpuSeconds();
            Thread.sleep(5_000);
            measured.idleCommitsPerSecond = (commits.now() - idleStart) / 5.0;
            measured.idleCpuSeconds = Machine.minus(processes.cpuSeconds(), idleCpuBefore);
            int refundedBefore = events.refunded();
            long commitsBefore = commits.now();
            long recordsBefore = TopicOffsets.total(settings.bootstrapServers());
            Map<String, Double> cpuBefore = processes.cpuSeconds();
            double[] machineBefore = ProcessCpu.machineBusyAndTotal();
            double benchBefore = ProcessCpu.seconds(ProcessHandle.current().pid(), false);
            LOG.info("Reporting {} cases at {}/s ...", options.cases(), Table.number(options.rate()));
            CaseDriver.Reports reports = driver.report(orders, options.rate());
            awaitRefunds(events, reports, refundedBefore);
            Thread.sleep(1_000); // statistics reach pg_stat_database up to ~0.5 s after a commit
            measured.commits = commits.now() - commitsBefore;
            measured.records = TopicOffsets.total(settings.bootstrapServers()) - recordsBefore;
            measured.cpuSeconds = Machine.minus(processes.cpuSeconds(), cpuBefore);
            double[] machineAfter = ProcessCpu.machineBusyAndTotal();
            measured.benchCpuSeconds = ProcessCpu.seconds(ProcessHandle.current().pid(), false) - benchBefore;
            measured.machineBusySeconds = machineAfter[0] - machineBefore[0];
            measured.machineTotalSeconds = machineAfter[1] - machineBefore[1];
            measured.collect(reports, events, decider);
            measured.caseIds = new ArrayList<>(reports.dueMillisByCase.keySet());
        }
    }

    private void awaitRefunds(EventTimes events, CaseDriver.Reports reports, int refundedBefore)
            throws InterruptedException {
        int expected = refundedBefore + reports.dueMillisByCase.size();
        int seen = -1;
        Instant lastProgress = Instant.now();
        while (events.refunded() < expected && Duration.between(lastProgress, Instant.now()).toSeconds() < 60) {
            if (events.refunded() != seen) {
                seen = events.refunded();
                lastProgress = Instant.now();
                LOG.info("  refunds issued: {} of {}", seen - refundedBefore, expected - refundedBefore);
            }
            Thread.sleep(2_000);
        }
        LOG.info("  refunds issued: {} of {} ({} reports failed)", events.refunded() - refundedBefore,
                expected - refundedBefore,
                reports.failures.get());
    }

    /**
     * Timeline reads, a public read on the same stack (no token: what authentication costs shows against the
     * timeline) and the trivial endpoint, under the same wrk load.
     */
    private void rest(LocalPlatform platform, Path data) throws Exception {
        Wrk wrk = new Wrk(options.restSeconds(), options.restConnections());
        List<String> paths = measured.caseIds.stream().limit(1_000).map(id -> "/api/cases/" + id).toList();
        if (!paths.isEmpty()) {
            LOG.info("wrk: timeline reads ({} s, {} connections) ...", options.restSeconds(),
                    options.restConnections());
            measured.timeline = wrk.get(platform.settings().baseUrl(PlatformSettings.ORDER_SERVICE), paths,
                    List.of("Authorization: Bearer " + platform.tokens().token("buyer", CaseDriver.BUYER)), data);
        }
        LOG.info("wrk: public GET /api/disputes/dashboard-config, no token ...");
        measured.publicRead = wrk.get(platform.settings().baseUrl(PlatformSettings.DISPUTE_SERVICE),
                List.of("/api/disputes/dashboard-config"), List.of(), data);
        try (TrivialApp trivial = TrivialApp.start(options.repositoryRoot(), PlatformSettings.freePort(),
                data.resolve("logs/bench-trivial.log"))) {
            LOG.info("wrk: trivial GET /hello ...");
            measured.trivial = wrk.get(trivial.url(), List.of("/hello"), List.of(), data);
            measured.trivialRssKb = ProcessMemory.rssKb(trivial.pid(), false);
        }
    }

    private void limits(LocalPlatform platform, PlatformSettings settings) throws Exception {
        LOG.info("pgbench on the same PostgreSQL ({} s) ...", options.limitSeconds());
        measured.pgbench = Limits.pgbench(new Commits(settings.postgresPort()), settings.postgresPort(),
                options.limitSeconds());
        LOG.info("Kafka ProducerPerformance on the same broker ...");
        measured.producer = Limits.kafkaProducer(settings.bootstrapServers(), options.limitSeconds() * 16_000L,
                options.repositoryRoot().resolve("deploy/bench/target/lib"));
    }

    /** Everything one run measured, filled in phase by phase. */
    static final class Measurements {
        Instant startedAt;
        double[] loadBefore;
        double[] loadAfter;
        double readySeconds;
        double idleCommitsPerSecond;
        long commits;
        long records;
        Map<String, Double> cpuSeconds = new LinkedHashMap<>();
        Map<String, Double> idleCpuSeconds = new LinkedHashMap<>();
        double machineBusySeconds;
        double benchCpuSeconds;
        double machineTotalSeconds;
        String commit;
        int reported;
        int reportFailures;
        String firstReportFailure;
        int decisionFailures;
        String firstDecisionFailure;
        int refunded;
        double windowSeconds;
        Map<String, Percentiles> steps = new LinkedHashMap<>();
        Map<String, Percentiles> publishLag = new LinkedHashMap<>();
        Percentiles reportRest = Percentiles.NONE;
        Percentiles claimRest = Percentiles.NONE;
        Percentiles decideRest = Percentiles.NONE;
        Percentiles deciderReaction = Percentiles.NONE;
        List<String> caseIds = List.of();
        Wrk.Result timeline;
        Wrk.Result publicRead;
        Wrk.Result trivial;
        long trivialRssKb;
        Map<String, Long> rssPipelineKb = Map.of();
        Map<String, Long> rssKb = Map.of();
        Limits.Pgbench pgbench;
        Limits.Producer producer;

        void collect(CaseDriver.Reports reports, EventTimes events, Decider decider) {
            reported = reports.dueMillisByCase.size();
            reportFailures = reports.failures.get();
            firstReportFailure = reports.firstFailure.get();
            decisionFailures = decider.failures.get();
            firstDecisionFailure = decider.firstFailure.get();
            reportRest = Percentiles.of(reports.latencies);
            claimRest = Percentiles.of(decider.claimLatencies);
            decideRest = Percentiles.of(decider.decideLatencies);
            StepLatencies latencies = new StepLatencies(reports.dueMillisByCase, events, decider.decisionStartMillis);
            steps = latencies.steps();
            publishLag = latencies.publishLag();
            deciderReaction = latencies.deciderReaction();
            refunded = latencies.refunded();
            windowSeconds = (latencies.lastRefundMillis() - reports.firstDueMillis) / 1000.0;
        }

        /** CPU seconds the machine spent during the pipeline outside the platform's processes and this JVM. */
        double notOursSeconds() {
            double ours = benchCpuSeconds + cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
            return Math.max(0, machineBusySeconds - ours);
        }
    }
}
