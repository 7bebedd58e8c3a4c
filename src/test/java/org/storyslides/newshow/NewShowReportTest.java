package org.storyslides.newshow;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What --new prints: what it wrote from where, and what it read. */
class NewShowReportTest {

    @Test
    void twelvePhotosCopied() {
        NewShowReport report = new NewShowReport(Path.of("/tmp/show"), Path.of("/home/me/photos"), "show", 12, 11, 12, false, List.of());
        assertThat(report.lines()).containsExactly(
                "wrote /tmp/show: story.json, galleries/show.json, 12 pictures copied from /home/me/photos to images/show/",
                "12 photos, 11 with captions, 12 with credits");
    }

    @Test
    void onePhotoLinkedIsSingularAndTheCountsStayPlural() {
        NewShowReport report = new NewShowReport(Path.of("/tmp/one"), Path.of("/p"), "one", 1, 1, 0, true, List.of());
        assertThat(report.lines()).containsExactly(
                "wrote /tmp/one: story.json, galleries/one.json, 1 picture linked from /p to images/one/",
                "1 photo, 1 with captions, 0 with credits");
    }

    @Test
    void skippedFilesAreNamedTheFirstFive() {
        assertThat(NewShowReport.skippedLine(List.of("notes.txt"))).isEqualTo("1 file skipped (not pictures): notes.txt");
        assertThat(NewShowReport.skippedLine(List.of("a", "b", "c", "d", "e"))).isEqualTo("5 files skipped (not pictures): a, b, c, d, e");
        assertThat(NewShowReport.skippedLine(List.of("a", "b", "c", "d", "e", "f", "g")))
                .isEqualTo("7 files skipped (not pictures): a, b, c, d, e and 2 more");
        NewShowReport report = new NewShowReport(Path.of("/s"), Path.of("/p"), "s", 2, 0, 0, false, List.of("x\ny.txt"));
        assertThat(report.lines()).hasSize(3).last().isEqualTo("1 file skipped (not pictures): x\\ny.txt");
    }

    @Test
    void pathsWithNewlinesCannotForgeALine() {
        NewShowReport report = new NewShowReport(Path.of("/tmp/a\nb"), Path.of("/p\u001B"), "ab", 1_000, 2, 3, false, List.of());
        assertThat(report.lines()).containsExactly(
                "wrote /tmp/a\\nb: story.json, galleries/ab.json, 1,000 pictures copied from /p\\u001B to images/ab/",
                "1,000 photos, 2 with captions, 3 with credits");
    }
}
