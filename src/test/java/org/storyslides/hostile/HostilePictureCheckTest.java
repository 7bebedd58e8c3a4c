package org.storyslides.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.Problem;
import org.storyslides.content.TestImages;
import org.storyslides.gallery.PictureCheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --check's picture check (and a live reload's) on pictures made to trap it, swapped in after the
 * folder was read: each is one problem naming the slide and the file, in plain words; nothing hangs,
 * nothing outside the folder is read, and a picture is read once however many slides show it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostilePictureCheckTest {

    @TempDir
    Path folder;

    private Content gallery(int slides) throws IOException {
        HostileFolders.story(folder, List.of("One."), List.of("g"));
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/a.png"), TestImages.png(16, 9));
        HostileFolders.gallery(folder, "g", "G", Collections.nCopies(slides, new HostileFolders.SlideSpec("images/a.png", List.of("A."))));
        return HostileFolders.load(folder);
    }

    private List<String> problems(Content content) {
        return PictureCheck.check(content).stream().map(Problem::toString).toList();
    }

    private String only(Content content) {
        List<String> problems = problems(content);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("galleries/g.json: $.slides[0].image (slide 1): images/a.png: ");
        return problems.get(0);
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingOnIt() throws Exception {
        Content content = gallery(1);
        Files.delete(folder.resolve("images/a.png"));
        new ProcessBuilder("mkfifo", folder.resolve("images/a.png").toString()).inheritIO().start().waitFor();

        assertThat(only(content)).contains("named pipe");
    }

    @Test
    void aLinkToTheEndlessZeroDeviceIsRefused() throws Exception {
        Content content = gallery(1);
        HostileFolders.replaceByLink(folder.resolve("images/a.png"), Path.of("/dev/zero"));

        assertThat(only(content)).contains("outside");
    }

    @Test
    void aLinkToAPictureOutsideTheFolderIsRefused(@TempDir Path outside) throws Exception {
        Content content = gallery(1);
        Files.write(outside.resolve("b.png"), TestImages.png(16, 9));
        HostileFolders.replaceByLink(folder.resolve("images/a.png"), outside.resolve("b.png"));

        assertThat(only(content)).contains("outside");
    }

    @Test
    void anEmptyFileIsCutShortInsideItsHeader() throws Exception {
        Content content = gallery(1);
        Files.write(folder.resolve("images/a.png"), new byte[0]);

        assertThat(only(content)).contains("the file ends inside its header");
    }

    @Test
    void aHeaderClaimingTheLargestJpegIsRefusedAsTooLarge() throws Exception {
        Content content = gallery(1);
        Files.write(folder.resolve("images/a.png"), HostileFolders.progressiveJpegHeader(65535, 65535));

        assertThat(only(content)).contains("too large");
    }

    @Test
    void aFolderWhereThePictureWasIsNotAPicture() throws Exception {
        Content content = gallery(1);
        Files.delete(folder.resolve("images/a.png"));
        Files.createDirectory(folder.resolve("images/a.png"));

        assertThat(only(content)).contains("folder");
    }

    @Test
    void aSparseGiantIsRefusedBeforeARead() throws Exception {
        Content content = gallery(1);
        HostileFolders.growSparse(folder.resolve("images/a.png"), 4L << 30);

        assertThat(only(content)).contains("too large");
    }

    @Test
    void tenThousandSlidesOfOnePictureReadItOnce() throws Exception {
        Content content = gallery(10_000);
        PictureCheck check = new PictureCheck(content.files());

        assertThat(check.checkAll(content)).isEmpty();
        assertThat(check.picturesRead()).isEqualTo(1);
    }

    @Test
    void tenThousandSlidesOfOneBrokenPictureEachSayItOnce() throws Exception {
        Content content = gallery(10_000);
        Files.writeString(folder.resolve("images/a.png"), "not a picture at all");

        List<String> problems = problems(content);

        assertThat(problems).hasSize(10_000).allSatisfy(problem -> assertThat(problem).contains("images/a.png: not a picture"));
    }
}
