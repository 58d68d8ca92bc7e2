package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SourceFormat;
import org.civicthemes.model.SourceInfo;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.TextOptions;
import org.junit.jupiter.api.Test;

class ThemeServiceTest {

    private static final String[] TOPICS = {
        "pothole in the road damaged my tire on elm",
        "streetlight out on the corner it is dark at night",
        "graffiti spray paint on the library wall",
    };

    private static Dataset dataset(List<String> texts) {
        List<ServiceRequest> requests = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            requests.add(new ServiceRequest(i + 2, "R" + i, texts.get(i), LocalDateTime.of(2024, 1 + i % 12, 1, 9, 0),
                    null, "", "", "", "", Double.NaN, Double.NaN, ""));
        }
        return new Dataset(new SourceInfo("t.csv", "", "", SourceFormat.DELIMITED_TEXT, "", 1, "UTF-8", "comma"),
                List.of("Description"), ColumnMapping.empty(), requests);
    }

    @Test
    void textWithoutUsableTermsIsUnclearAndEmptyTextIsNoDescription() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            texts.add(TOPICS[i % 3] + " again " + (i % 7 == 0 ? "asap" : "today"));
        }
        texts.add("Please, thank you!!");
        texts.add("");
        ThemeRun run = new ThemeService().findThemes(dataset(texts), DateRange.ALL,
                ThemeOptions.DEFAULTS.withThemes(3), TextOptions.DEFAULTS, ProgressListener.NONE, CancellationToken.NEVER);

        ThemeAssignment assignment = run.themes().assignment();
        assertThat(assignment.themeOf(60)).isEqualTo(ThemeAssignment.UNCLEAR);
        assertThat(assignment.themeOf(61)).isEqualTo(ThemeAssignment.NO_DESCRIPTION);
        assertThat(run.themes().noDescription().size()).isEqualTo(1);
        assertThat(run.themes().unclear().size()).isEqualTo(assignment.documentsOf(ThemeAssignment.UNCLEAR).length);
        int inThemes = run.themes().themes().stream().mapToInt(t -> t.size()).sum();
        assertThat(inThemes + run.themes().unclear().size() + run.themes().noDescription().size()).isEqualTo(62);
        assertThat(run.themes().unclear().share() + run.themes().noDescription().share()
                + run.themes().themes().stream().mapToDouble(t -> t.share()).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aRangeWithNoRequestIsBadInput() {
        Dataset data = dataset(List.of(TOPICS[0], TOPICS[1], TOPICS[2]));
        DateRange range = new DateRange(java.time.LocalDate.of(2030, 1, 1), java.time.LocalDate.of(2030, 12, 31));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ThemeService().findThemes(data, range,
                        ThemeOptions.DEFAULTS, TextOptions.DEFAULTS, ProgressListener.NONE, CancellationToken.NEVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No request was created between 2030-01-01 and 2030-12-31; choose a range that holds requests.");
    }
}
