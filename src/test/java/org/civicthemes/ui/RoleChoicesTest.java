package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.ImportOptions;
import org.junit.jupiter.api.Test;

/** The column-roles dialog's choices, as the command line's --text A,B and --column read them (issue 15, item 9). */
class RoleChoicesTest {

    private static Map<ColumnRole, String> picks(Object... roleAndColumn) {
        Map<ColumnRole, String> out = new EnumMap<>(ColumnRole.class);
        for (int i = 0; i < roleAndColumn.length; i += 2) {
            out.put((ColumnRole) roleAndColumn[i], (String) roleAndColumn[i + 1]);
        }
        return out;
    }

    @Test
    void theTextJoinsTheChosenColumnsInOrderEachOnce() {
        ImportOptions options = RoleChoices.toOptions(ImportOptions.DETECT_ALL,
                picks(ColumnRole.REQUEST_TEXT, "Summary", ColumnRole.CREATED_DATE, "Opened"),
                Arrays.asList("Description", null, "Summary", "Notes"), List.of("Details"));
        assertThat(options.columns().get(ColumnRole.REQUEST_TEXT)).containsExactly("Summary", "Description", "Notes");
        assertThat(options.columns().get(ColumnRole.CREATED_DATE)).containsExactly("Opened");
        assertThat(options.columns()).doesNotContainKey(ColumnRole.CATEGORY);
    }

    @Test
    void rolesLeftAsDetectedAreNotForced() {
        ImportOptions options = RoleChoices.toOptions(ImportOptions.DETECT_ALL, picks(ColumnRole.REQUEST_TEXT, null),
                List.of(), List.of("Details"));
        assertThat(options.columns()).isEmpty();
        ImportOptions joined = RoleChoices.toOptions(ImportOptions.DETECT_ALL, picks(ColumnRole.REQUEST_TEXT, null),
                List.of("Notes"), List.of("Details"));
        assertThat(joined.columns().get(ColumnRole.REQUEST_TEXT)).as("joined to the detected text")
                .containsExactly("Details", "Notes");
    }

    @Test
    void aColumnChosenForTwoRolesIsRefusedInOneSentence() {
        assertThatThrownBy(() -> RoleChoices.toOptions(ImportOptions.DETECT_ALL,
                picks(ColumnRole.REQUEST_TEXT, "Description", ColumnRole.CATEGORY, "Type"), List.of("Type"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Column 'Type' is chosen as both Request text and Category; choose it for one role only.")
                .message().doesNotContain("\n");
        assertThatThrownBy(() -> RoleChoices.toOptions(ImportOptions.DETECT_ALL, picks(), List.of("Notes"), List.of()))
                .hasMessageContaining("Choose the request text's first column");
    }
}
