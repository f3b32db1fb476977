package io.saola.crm.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The conversion benchmark's arithmetic: percentiles by nearest rank, medians of rounds, the printed table. */
class ConversionBenchmarkFiguresTest {

    @Test
    void percentilesAreNearestRankOfTheSortedValues() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i; // 100 .. 1, unsorted on purpose
        }
        assertThat(ConversionBenchmark.p50p95(values)).containsExactly(50.0, 95.0);
        assertThat(ConversionBenchmark.p50p95(new double[] {7})).containsExactly(7.0, 7.0);
        assertThat(ConversionBenchmark.p50p95(new double[] {3, 1, 2})).containsExactly(2.0, 3.0);
        assertThat(values[0]).as("the input is left as it was").isEqualTo(100.0);
    }

    @Test
    void theMedianOfRoundsIsTheMiddleOneOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(ConversionBenchmark.median(new double[] {9, 1, 5})).isEqualTo(5.0);
        assertThat(ConversionBenchmark.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
        assertThat(ConversionBenchmark.median(new double[0])).isNaN();
    }

    @Test
    void eachModeIsOneRowOfMediansAndTheFloorFollows() {
        ConversionBenchmark.Mode four = new ConversionBenchmark.Mode(4, false);
        ConversionBenchmark.Mode polling = new ConversionBenchmark.Mode(1, true);
        List<ConversionBenchmark.Round> rounds = List.of(
                new ConversionBenchmark.Round(10, new double[] {20, 40}, new double[] {30, 50}, new double[] {9, 12},
                        new double[] {18, 30}, new double[] {5, 20, 12}),
                new ConversionBenchmark.Round(30, new double[] {60, 90}, new double[] {70, 95}, new double[] {11, 14},
                        new double[] {55, 80}, new double[] {7, 30, 20}),
                new ConversionBenchmark.Round(20, new double[] {40, 70}, new double[] {50, 75}, new double[] {10, 13},
                        new double[] {35, 60}, new double[] {6, 25, 16}));
        ConversionBenchmark.Row row = ConversionBenchmark.Row.median(four, rounds);
        assertThat(row.perSecond()).isEqualTo(20.0);
        assertThat(row.p50()).isEqualTo(40.0);
        assertThat(row.p95()).isEqualTo(70.0);
        assertThat(row.requestP50()).isEqualTo(50.0);
        assertThat(row.postP50()).isEqualTo(10.0);
        assertThat(row.kafkaP50()).isNaN();
        assertThat(row.hopP50s()).containsExactly(6.0, 25.0, 16.0);

        String table = ConversionBenchmark.table(List.of(row, ConversionBenchmark.Row.median(polling, rounds)), 0.41,
                1.2, 40, 3);
        assertThat(table).contains("(40 conversions per round, medians of 3 rounds)")
                .contains("| 4 | LeadConverted consumed | 20.0 | 40.0 | 70.0 | 50.0 | 75.0 | 10.0 |")
                .contains("| 1 | polling GET (LeadConverted consumed: p50 35.0 ms) | 20.0 |")
                .contains("| 4 | LeadConverted consumed | 6.0 | 25.0 | 16.0 |")
                .contains("produce (acks=all) -> consume p50 0.41 ms, p95 1.20 ms");
    }
}
