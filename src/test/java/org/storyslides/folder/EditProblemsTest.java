package org.storyslides.folder;

import org.junit.jupiter.api.Test;
import org.storyslides.content.Problem;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditProblemsTest {

    private final EditProblems problems = new EditProblems();
    private final Problem broken = new Problem("galleries/demo.json", "$", "not JSON");

    @Test
    void noProblemsUntilAnEditBringsSome() {
        assertThat(problems.getProblems()).isEmpty();
        assertThat(problems.problemsProperty().get()).isEmpty();
    }

    @Test
    void anEditsProblemsAreListedAsFound() {
        List<Problem> found = new ArrayList<>(List.of(broken));
        problems.show(found);
        found.clear(); // the list shown is the model's own

        assertThat(problems.getProblems()).containsExactly(broken);
        assertThat(problems.problemsProperty().get()).containsExactly(broken);
    }

    @Test
    void anEditThatFailedHasAtLeastOneProblem() {
        assertThatThrownBy(() -> problems.show(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
