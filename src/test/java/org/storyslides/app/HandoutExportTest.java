package org.storyslides.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.ContentFolderFixture;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.handout.HandoutWriter;
import org.storyslides.handout.PaperSize;
import org.storyslides.handout.PdfReading;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** --export-pdf from the command line: what it writes, what it says, and what it refuses. */
class HandoutExportTest {

    private static final String HEADLINE = "Defense secretary Mattis sees no American military collaboration with Russia";

    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Decides as the launcher does and carries out an export; the exit code. */
    private int run(String... args) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        Startup.Decision decision = Startup.decide(args, outWriter, errWriter, javafx.util.Duration.ZERO);
        if (decision instanceof Startup.Exit exit) {
            return exit.code();
        }
        assertThat(decision).isInstanceOf(Startup.ExportHandout.class);
        return HandoutExport.run((Startup.ExportHandout) decision, outWriter, errWriter);
    }

    @Test
    void needsNoWindow() {
        Startup.Parsed parsed = Startup.parse(new String[]{"--export-pdf", "x.pdf"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(((Startup.Options) parsed).opensWindow()).as("the launcher starts no JavaFX for it").isFalse();
    }

    @Test
    void writesTheStoryAndSaysWhat() {
        Path pdf = folder.resolve("handout.pdf");
        assertThat(run("--export-pdf", pdf.toString(), "--paper", "a4")).isEqualTo(0);
        assertThat(out.toString()).matches("wrote " + java.util.regex.Pattern.quote(pdf.toString())
                + ": \\d+ pages, (\\d+ KB|\\d\\.\\d MB)" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
        try (PdfReading reading = new PdfReading(pdf)) {
            assertThat(out.toString()).contains(": " + reading.pages() + " pages");
            assertThat(reading.page(0).getMediaBox().getWidth()).isEqualTo(595.28f);
            assertThat(reading.page(0).getMediaBox().getHeight()).isEqualTo(841.89f);
        }
    }

    @Test
    void oneGalleryOnLetter() {
        Path pdf = folder.resolve("quotes.pdf");
        assertThat(run("--export-pdf", pdf.toString(), "--gallery", "mattis-quotes", "--paper", "LETTER")).isEqualTo(0);
        try (PdfReading reading = new PdfReading(pdf)) {
            assertThat(reading.page(0).getMediaBox().getWidth()).isEqualTo(612);
            assertThat(reading.page(0).getMediaBox().getHeight()).isEqualTo(792);
            String text = reading.bodies();
            assertThat(text).startsWith("GALLERY · 14 PHOTOS 19 memorable quotes from James 'Mad Dog' Mattis")
                    .doesNotContain("BRUSSELS, Feb 16").doesNotContain("The best US military photos from 2016");
            assertThat(reading.footer(reading.pages() - 1)).isEqualTo(HEADLINE + " " + reading.pages() + " of " + reading.pages());
            int pictures = 0;
            for (int i = 0; i < reading.pages(); i++) {
                pictures += reading.pictures(i).size();
            }
            assertThat(pictures).isEqualTo(14);
        }
    }

    @Test
    void paperFromTheLocaleByDefault() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            assertThat(run("--export-pdf", folder.resolve("us.pdf").toString(), "--gallery", "mattis-quotes")).isEqualTo(0);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
        try (PdfReading reading = new PdfReading(folder.resolve("us.pdf"))) {
            assertThat(reading.page(0).getMediaBox().getWidth()).isEqualTo(612);
        }
    }

    @Test
    void brokenContentGetsTheProblemsCheckGivesAndExits2(@TempDir Path content) {
        ContentFolderFixture fixture = new ContentFolderFixture(content);
        fixture.story.remove("dateline");
        fixture.write();
        Path pdf = folder.resolve("h.pdf");
        assertThat(run("--export-pdf", pdf.toString(), "--content", content.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "1 problem in " + content + ":",
                "  story.json: $.dateline: missing required field");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void worksWithAContentFolderOfYourOwn(@TempDir Path content) {
        new ContentFolderFixture(content).write();
        assertThat(run("--export-pdf", folder.resolve("demo.pdf").toString(), "--content", content.toString())).isEqualTo(0);
        try (PdfReading reading = new PdfReading(folder.resolve("demo.pdf"))) {
            assertThat(reading.bodies()).contains("A headline").contains("First paragraph.").contains("\"A quote.\"")
                    .contains("One. Two. Photo by Someone").endsWith("SEE ALSO A related headline");
        }
    }

    @Test
    void usageErrorsExit2() {
        assertThat(run("--export-pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter for option '--export-pdf'");
        assertUsage("--export-pdf", "x.pdf", "--gallery");
        assertUsage("--export-pdf", "x.pdf", "--paper", "legal");
        assertThat(err.toString()).contains("storyslides: --paper must be a4 or letter, not \"legal\"");
        assertUsage("--paper", "a4");
        assertUsage("--check", "--export-pdf", "x.pdf");
        assertUsage("--export-pdf", "x.pdf", "--slide", "3");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void helpListsTheHandoutsOptions() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("--export-pdf=FILE", "--paper=a4|letter", "with --export-pdf, the handout of");
    }

    @Test
    void anUnknownGalleryIsNamedWithTheOnesThereAre() {
        assertThat(run("--export-pdf", folder.resolve("x.pdf").toString(), "--gallery", "cats")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("storyslides: no gallery \"cats\" in this story (its galleries: mattis-quotes, "
                + "military-photos-2016)" + System.lineSeparator());
    }

    @Test
    void aFolderAsTargetIsRefusedInWords() throws Exception {
        Path target = Files.createDirectory(folder.resolve("a-folder.pdf"));
        assertThat(run("--export-pdf", target.toString(), "--gallery", "mattis-quotes")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("storyslides: could not write the handout: " + target + " is a folder"
                + System.lineSeparator());
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void aFolderThatIsNotThereIsSaidSo() {
        Path target = folder.resolve("nowhere/h.pdf");
        assertThat(run("--export-pdf", target.toString(), "--gallery", "mattis-quotes")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("storyslides: could not write the handout: there is no folder "
                + folder.resolve("nowhere") + System.lineSeparator());
    }

    @Test
    void aReadOnlyFolderLeavesTheExistingFileAsItWas() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root writes in a read-only folder").isNotEqualTo("root");
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Path existing = Files.writeString(readOnly.resolve("h.pdf"), "the old handout");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThat(run("--export-pdf", existing.toString(), "--gallery", "mattis-quotes")).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("storyslides: could not write the handout: cannot write in " + readOnly
                    + " (permission denied)" + System.lineSeparator());
            assertThat(existing).hasContent("the old handout");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderNoOneMayWriteInIsSaidSo() {
        // /proc takes no new files, not even root's: the same refusal a read-only folder gives
        Path target = Path.of("/proc/handout.pdf");
        assumeThat(Files.isDirectory(target.getParent())).isTrue();
        assertThat(run("--export-pdf", target.toString(), "--gallery", "mattis-quotes")).isEqualTo(1);
        assertThat(err.toString()).startsWith("storyslides: could not write the handout: cannot write in /proc (");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aHandoutThatFailsHalfWayLeavesTheExistingFileAndNoTemporaryOne() throws Exception {
        Path content = BundledCopyWithBrokenPicture.make(folder.resolve("content"));
        Path existing = Files.writeString(folder.resolve("h.pdf"), "the old handout");
        var loaded = ((LoadResult.Loaded) new ContentLoader().load(content)).content();
        // the failure comes once the temporary file is begun: at the broken picture, while the pages are laid out
        HandoutWriter writer = new HandoutWriter(PaperSize.A4, warning -> {
            throw new IllegalStateException("stopped half way");
        });
        assertThatThrownBy(() -> writer.write(loaded, Optional.empty(), existing))
                .isInstanceOf(HandoutWriter.HandoutException.class)
                .hasMessage("cannot write " + existing + " (internal error: java.lang.IllegalStateException: stopped half way)");
        assertThat(existing).hasContent("the old handout");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("h.pdf", "content");
        }
    }

    @Test
    void aPictureThatCannotBeReadIsAWarningNamingItsFileAndTheHandoutIsWritten() throws Exception {
        Path content = BundledCopyWithBrokenPicture.make(folder.resolve("content"));
        Path pdf = folder.resolve("h.pdf");
        assertThat(run("--export-pdf", pdf.toString(), "--content", content.toString(), "--gallery", "mattis-quotes")).isEqualTo(0);
        assertThat(err.toString()).isEqualTo("storyslides: warning: images/mattis-quotes/00-cover.jpg: not a JPEG, PNG, GIF or BMP "
                + "picture; a placeholder is printed in its place" + System.lineSeparator());
        assertThat(out.toString()).startsWith("wrote " + pdf + ": ");
        try (PdfReading reading = new PdfReading(pdf)) {
            assertThat(reading.body(0)).contains("Picture unavailable not a JPEG, PNG, GIF or BMP picture");
        }
    }

    @Test
    void sizesAsPeopleReadThem() {
        assertThat(HandoutExport.size(840_400)).isEqualTo("840 KB");
        assertThat(HandoutExport.size(2_134_000)).isEqualTo("2.1 MB");
        assertThat(HandoutExport.size(12)).isEqualTo("1 KB");
    }

    private void assertUsage(String... args) {
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
    }

    /** The bundled content with one picture turned to text: it is read for its ratio early, then again while embedding. */
    private static final class BundledCopyWithBrokenPicture {
        static Path make(Path to) throws Exception {
            Path copy = org.storyslides.content.BundledCopy.of(to);
            Files.writeString(copy.resolve("images/mattis-quotes/00-cover.jpg"), "not a picture");
            return copy;
        }
    }
}
