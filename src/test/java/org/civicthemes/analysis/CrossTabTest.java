package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicthemes.model.ServiceRequest;
import org.civicthemes.testdata.SampleByType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cross-tabs on the sample grouped by type: counts equal a direct count, and purity/spread read right. */
class CrossTabTest {

    private static SampleByType sample;

    @BeforeAll
    static void load() throws Exception {
        sample = SampleByType.load();
    }

    @Test
    void typeAgainstItselfIsPureAndCountsMatch() {
        CrossTab tab = CrossTab.of(sample.dataset(), sample.run(), ServiceRequest::category);

        for (int v = 0; v < tab.values().size(); v++) {
            assertThat(tab.purity(v)).isEqualTo(1.0);
        }
        int pothole = sample.themeOf("Pothole");
        assertThat(tab.valuesFor80Percent(pothole)).isEqualTo(1);
        long direct = sample.dataset().requests().stream().filter(r -> r.category().equals("Pothole")).count();
        assertThat(tab.count(pothole, tab.values().indexOf("Pothole"))).isEqualTo(direct);
    }

    @Test
    void typeAgainstDistrictSpreadsAcrossDistrictsAndAddsUp() {
        CrossTab tab = CrossTab.of(sample.dataset(), sample.run(), ServiceRequest::district);

        assertThat(tab.values()).hasSize(9).allSatisfy(v -> assertThat(v).startsWith("District "));
        int pothole = sample.themeOf("Pothole");
        assertThat(tab.valuesFor80Percent(pothole)).isGreaterThanOrEqualTo(5);
        long total = 0;
        for (long[] row : tab.counts()) {
            for (long c : row) {
                total += c;
            }
        }
        assertThat(total).isEqualTo(sample.dataset().size());
        long inDistrict1 = sample.dataset().requests().stream().filter(r -> r.district().equals("District 1")).count();
        long tabDistrict1 = 0;
        int d1 = tab.values().indexOf("District 1");
        for (int g = 0; g < tab.counts().length; g++) {
            tabDistrict1 += tab.count(g, d1);
        }
        assertThat(tabDistrict1).isEqualTo(inDistrict1);
    }
}
