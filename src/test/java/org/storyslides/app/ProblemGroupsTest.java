package org.storyslides.app;

import org.junit.jupiter.api.Test;
import org.storyslides.content.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The problems window's list worked out from the problems: by file, in the order found, and which file may be opened. */
class ProblemGroupsTest {

    private static final Path FOLDER = Path.of("/home/me/trip");

    @Test
    void eachFileIsNamedOnceWithItsProblemsInTheOrderFound() {
        ProblemGroups listed = ProblemGroups.of(Optional.of(FOLDER), List.of(
                new Problem("galleries/trip.json", "$.slides[7].image", "file not found: images/trip/07.jpg"),
                new Problem("story.json", "$.dateline", "missing required field"),
                new Problem("galleries/trip.json", "$.title", "expected a string")), 200);

        assertThat(listed.leftOut()).isZero();
        assertThat(listed.groups()).containsExactly(
                new ProblemGroups.Group("galleries/trip.json", Optional.of(Path.of("/home/me/trip/galleries/trip.json")), List.of(
                        "$.slides[7].image (slide 8): file not found: images/trip/07.jpg",
                        "$.title: expected a string")),
                new ProblemGroups.Group("story.json", Optional.of(Path.of("/home/me/trip/story.json")),
                        List.of("$.dateline: missing required field")));
    }

    @Test
    void noProblemsNoGroups() {
        assertThat(ProblemGroups.of(Optional.of(FOLDER), List.of(), 200)).isEqualTo(new ProblemGroups(List.of(), 0));
    }

    @Test
    void theFirstProblemsFoundAreListedUpToTheLimitAndTheRestCounted() {
        List<Problem> problems = List.of(
                new Problem("a.json", "", "1"), new Problem("b.json", "", "2"), new Problem("a.json", "", "3"),
                new Problem("c.json", "", "4"), new Problem("a.json", "", "5"));

        ProblemGroups three = ProblemGroups.of(Optional.empty(), problems, 3);
        assertThat(three.groups()).extracting(ProblemGroups.Group::file).containsExactly("a.json", "b.json");
        assertThat(three.groups()).extracting(ProblemGroups.Group::lines).containsExactly(List.of("1", "3"), List.of("2"));
        assertThat(three.leftOut()).isEqualTo(2);

        assertThat(ProblemGroups.of(Optional.empty(), problems, 5).leftOut()).isZero();
        assertThat(ProblemGroups.of(Optional.empty(), problems, 6).leftOut()).isZero();
        assertThat(ProblemGroups.of(Optional.empty(), problems, 4).leftOut()).isEqualTo(1);
        assertThat(ProblemGroups.of(Optional.empty(), problems, 0)).isEqualTo(new ProblemGroups(List.of(), 5));
    }

    @Test
    void theGroupsAreCopied() {
        List<ProblemGroups.Group> groups = new java.util.ArrayList<>();
        ProblemGroups listed = new ProblemGroups(groups, 0);
        groups.add(new ProblemGroups.Group("story.json", Optional.empty(), List.of()));
        assertThat(listed.groups()).isEmpty();
    }

    @Test
    void aProblemWithoutAPlaceIsItsMessageAlone() {
        assertThat(ProblemGroups.line(new Problem("story.json", "", "not valid JSON"))).isEqualTo("not valid JSON");
        assertThat(ProblemGroups.line(new Problem("story.json", "line 3, column 5", "a } is missing")))
                .isEqualTo("line 3, column 5: a } is missing");
    }

    @Test
    void withoutAFolderNoFileIsOpenable() {
        assertThat(ProblemGroups.of(Optional.empty(), List.of(new Problem("story.json", "", "file not found")), 200).groups())
                .containsExactly(new ProblemGroups.Group("story.json", Optional.empty(), List.of("file not found")));
    }

    @Test
    void aFileInTheFolderOrBelowItIsOpenable() {
        assertThat(ProblemGroups.inside(FOLDER, "story.json")).contains(Path.of("/home/me/trip/story.json"));
        assertThat(ProblemGroups.inside(FOLDER, "galleries/./a/../trip.json")).contains(Path.of("/home/me/trip/galleries/trip.json"));
        assertThat(ProblemGroups.inside(Path.of("/home/me/./trip/"), "story.json")).contains(Path.of("/home/me/trip/story.json"));
    }

    @Test
    void aRelativeFolderIsResolvedFromTheWorkingDirectory() {
        assertThat(ProblemGroups.inside(Path.of("trip"), "story.json"))
                .contains(Path.of("trip", "story.json").toAbsolutePath());
    }

    @Test
    void aNameLeadingOutOfTheFolderIsNot() {
        assertThat(ProblemGroups.inside(FOLDER, "../../etc/passwd")).isEmpty();
        assertThat(ProblemGroups.inside(FOLDER, "galleries/../../trip2/story.json")).isEmpty();
        assertThat(ProblemGroups.inside(FOLDER, "/etc/passwd")).isEmpty();
        assertThat(ProblemGroups.inside(FOLDER, "../trip-other/story.json")).isEmpty(); // a sibling sharing the name's start
    }

    @Test
    void theFolderItselfIsNot() {
        // the folder's own problems ("content folder not found") name it, absolute, or nothing
        assertThat(ProblemGroups.inside(FOLDER, "/home/me/trip")).isEmpty();
        assertThat(ProblemGroups.inside(FOLDER, "")).isEmpty();
        assertThat(ProblemGroups.inside(FOLDER, "galleries/..")).isEmpty();
    }

    @Test
    void aNameNoPathCanHoldIsNot() {
        assertThat(ProblemGroups.inside(FOLDER, "story\0.json")).isEmpty();
    }

    @Test
    void theLinesAreCopied() {
        List<String> lines = new java.util.ArrayList<>(List.of("a"));
        ProblemGroups.Group group = new ProblemGroups.Group("story.json", Optional.empty(), lines);
        lines.add("b");
        assertThat(group.lines()).containsExactly("a");
    }
}
