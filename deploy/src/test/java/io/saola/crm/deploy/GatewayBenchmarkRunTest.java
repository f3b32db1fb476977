package io.saola.crm.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Reading wrk's report: the benchmark's figures are only as good as this. */
class GatewayBenchmarkRunTest {

    private static final String REPORT = """
            Running 10s test @ http://127.0.0.1:40007/api/workspaces/current
              1 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    10.12ms    4.01ms  88.91ms   90.00%
                Req/Sec     1.59k   120.00     1.80k    70.00%
              Latency Distribution
                 50%  912.00us
                 75%   11.20ms
                 90%   13.40ms
                 99%    1.20s
              15800 requests in 10.01s, 4.10MB read
            Requests/sec:   1578.42
            Transfer/sec:    419.50KB
            """;

    @Test
    void readsRateRequestsAndPercentilesInTheirUnits() throws IOException {
        GatewayBenchmark.Run run = GatewayBenchmark.Run.parse("gateway", REPORT, Duration.ofMillis(7900),
                Duration.ofMillis(3950));

        assertThat(run.rate()).isEqualTo(1578.42);
        assertThat(run.requests()).isEqualTo(15800);
        assertThat(run.p50Millis()).isEqualTo(0.912);
        assertThat(run.p99Millis()).isEqualTo(1200.0);
        assertThat(run.gatewayMicrosPerRequest()).isEqualTo(500.0);
        assertThat(run.serviceMicrosPerRequest()).isEqualTo(250.0);
    }

    @Test
    void aRunWithRefusedRequestsIsVoid() {
        String refused = REPORT.replace("Requests/sec", "  Non-2xx or 3xx responses: 3\nRequests/sec");

        assertThatThrownBy(() -> GatewayBenchmark.Run.parse("gateway", refused, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IOException.class).hasMessageContaining("void");
    }

    @Test
    void aRunWithSocketErrorsIsVoid() {
        String broken = REPORT.replace("Requests/sec", "  Socket errors: connect 0, read 2, write 0, timeout 0\nRequests/sec");

        assertThatThrownBy(() -> GatewayBenchmark.Run.parse("gateway", broken, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IOException.class);
    }
}
