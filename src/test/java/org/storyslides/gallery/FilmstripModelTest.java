package org.storyslides.gallery;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether the filmstrip is shown: as remembered at the start, then each toggle. */
class FilmstripModelTest {

    @Test
    void startsAsRememberedAndEachToggleTurnsItOverTellingTheView() {
        FilmstripModel hidden = new FilmstripModel(false);
        List<Boolean> told = new ArrayList<>();
        hidden.shownProperty().addListener((observable, was, now) -> told.add(now));
        assertThat(hidden.isShown()).isFalse();
        hidden.toggle();
        assertThat(hidden.isShown()).isTrue();
        hidden.toggle();
        assertThat(hidden.isShown()).isFalse();
        assertThat(told).containsExactly(true, false);

        FilmstripModel shown = new FilmstripModel(true);
        assertThat(shown.isShown()).isTrue();
        assertThat(shown.shownProperty().get()).isTrue();
        shown.toggle();
        assertThat(shown.isShown()).isFalse();
    }
}
