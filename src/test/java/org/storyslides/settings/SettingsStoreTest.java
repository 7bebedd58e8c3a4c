package org.storyslides.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.charset.MalformedInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SettingsStoreTest {

    @TempDir
    Path folder;
    final List<String> warnings = new ArrayList<>();

    private SettingsStore store() {
        return new SettingsStore(folder.resolve("storyslides").resolve("settings.properties"), warnings::add);
    }

    private static final Settings SOME_SETTINGS = new Settings(Optional.of("mattis-quotes"), Optional.of(3),
            Optional.of(true), Optional.of(new Settings.WindowBounds(10, 20, 1100, 700)), Optional.of(0.4),
            Optional.of(1.0), false);

    /** What is in the settings folder: after any save, only the file itself. */
    private List<String> settingsFolder() throws IOException {
        try (Stream<Path> files = Files.list(store().file().getParent())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** A settings file of exactly {@code size} bytes whose last line is {@code gallery=last}. */
    private void writeSettingsOfSize(int size) throws IOException {
        String last = "gallery=last\n";
        String padding = "#" + "x".repeat(size - last.length() - 2) + "\n";
        Files.createDirectories(store().file().getParent());
        Files.writeString(store().file(), padding + last, StandardCharsets.UTF_8);
        assertThat(Files.size(store().file())).isEqualTo(size);
    }

    @Test
    void nothingRememberedAtFirst() {
        assertThat(store().load()).isEqualTo(Settings.NONE);
        assertThat(warnings).isEmpty();
    }

    @Test
    void whatIsSavedComesBack() {
        Settings settings = new Settings(Optional.of("military-photos-2016"), Optional.of(7), Optional.of(false),
                Optional.of(new Settings.WindowBounds(10, 20, 1100, 700)), Optional.of(0.35), Optional.of(1.25), true);
        store().save(settings);
        assertThat(store().load()).isEqualTo(settings);
        assertThat(warnings).isEmpty();
    }

    @Test
    void theFilmstripShownOrHiddenComesBackAndNonsenseIsForgotten() throws IOException {
        Settings shown = new Settings(Optional.of("mattis-quotes"), Optional.of(3), Optional.of(true), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.of(true));
        store().save(shown);
        assertThat(store().load()).isEqualTo(shown);
        assertThat(Files.readString(store().file())).contains("filmstrip.shown=true");
        store().save(Settings.NONE.withReducedMotion(true));
        assertThat(store().load().filmstripShown()).as("not said: the window's default").isEmpty();
        store().save(new Settings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.of(false)));
        assertThat(store().load().filmstripShown()).contains(false);

        Files.writeString(store().file(), "filmstrip.shown=yes\n");
        assertThat(store().load().filmstripShown()).isEmpty();
        assertThat(warnings).containsExactly(store().file() + ": filmstrip.shown=yes ignored (expected true or false)");
    }

    @Test
    void resetForgetsEverything() {
        store().save(Settings.NONE.withReducedMotion(true));
        store().reset();
        assertThat(store().load()).isEqualTo(Settings.NONE);
        assertThat(Files.exists(store().file())).isFalse();
    }

    @Test
    void nonsenseValuesAreForgottenOneByOne() throws IOException {
        Files.createDirectories(store().file().getParent());
        Files.writeString(store().file(), """
                gallery=mattis-quotes
                slide=-3
                caption.visible=false
                window.x=abc
                window.y=1
                window.width=800
                window.height=600
                split=7
                story.text.scale=NaN
                """);
        Settings loaded = store().load();
        assertThat(loaded.gallery()).contains("mattis-quotes");
        assertThat(loaded.slide()).isEmpty();
        assertThat(loaded.captionVisible()).contains(false);
        assertThat(loaded.window()).isEmpty();
        assertThat(loaded.split()).isEmpty();
        assertThat(loaded.storyTextScale()).isEmpty();
        // each skipped value is named in a warning
        assertThat(warnings).containsExactlyInAnyOrder(
                store().file() + ": slide=-3 ignored (expected a slide number from 0)",
                store().file() + ": window.x=abc ignored (expected a number)",
                store().file() + ": split=7 ignored (expected a fraction between 0 and 1)",
                store().file() + ": story.text.scale=NaN ignored (expected a scale above 0)");
    }

    @Test
    void anUnreadableFileIsNamedAndTheDefaultsUsed() throws IOException {
        Files.createDirectories(store().file());  // a folder where the file should be
        assertThat(store().load()).isEqualTo(Settings.NONE);
        assertThat(warnings).singleElement().asString()
                .startsWith("could not read the settings in " + store().file());
    }

    @Test
    void valuesAtTheEdgeOfTheirRangeAreKeptOrForgottenAsTheirRangeSays() throws IOException {
        Files.createDirectories(store().file().getParent());
        Files.writeString(store().file(), """
                slide=0
                split=0
                story.text.scale=0
                window.x=-1
                window.y=-2
                window.width=0.5
                window.height=0.25
                """);
        Settings loaded = store().load();
        assertThat(loaded.slide()).contains(0);
        assertThat(loaded.window()).contains(new Settings.WindowBounds(-1, -2, 0.5, 0.25));
        assertThat(warnings).containsExactlyInAnyOrder(
                store().file() + ": split=0 ignored (expected a fraction between 0 and 1)",
                store().file() + ": story.text.scale=0 ignored (expected a scale above 0)");
    }

    @Test
    void aWindowOfNoSizeOrAtInfinityIsForgotten() throws IOException {
        Files.createDirectories(store().file().getParent());
        Files.writeString(store().file(), """
                split=1
                story.text.scale=Infinity
                window.x=Infinity
                window.y=-Infinity
                window.width=0
                window.height=0
                """);
        Settings loaded = store().load();
        assertThat(loaded.window()).isEmpty();
        assertThat(loaded.split()).isEmpty();
        assertThat(loaded.storyTextScale()).isEmpty();
        assertThat(warnings).containsExactlyInAnyOrder(
                store().file() + ": split=1 ignored (expected a fraction between 0 and 1)",
                store().file() + ": story.text.scale=Infinity ignored (expected a scale above 0)",
                store().file() + ": window.x=Infinity ignored (expected a number)",
                store().file() + ": window.y=-Infinity ignored (expected a number)",
                store().file() + ": window.width=0 ignored (expected a width above 0)",
                store().file() + ": window.height=0 ignored (expected a height above 0)");
    }

    @Test
    void theUsualPlaceIsUnderXdgConfigHomeOrElseDotConfig() {
        assertThat(SettingsStore.defaultFile("/xdg", "/home/reader")).isEqualTo(Path.of("/xdg/storyslides/settings.properties"));
        assertThat(SettingsStore.defaultFile(null, "/home/reader"))
                .isEqualTo(Path.of("/home/reader/.config/storyslides/settings.properties"));
        assertThat(SettingsStore.defaultFile(" ", "/home/reader"))
                .isEqualTo(Path.of("/home/reader/.config/storyslides/settings.properties"));
        assertThat(SettingsStore.defaultFile()).endsWithRaw(Path.of("storyslides", "settings.properties"));
    }

    // --- what load() refuses to read

    @Test
    void aFolderWhereTheFileShouldBeIsRefusedAsNotARegularFile() throws IOException {
        Files.createDirectories(store().file());
        assertThat(store().load()).isEqualTo(Settings.NONE);
        assertThat(warnings).containsExactly("could not read the settings in " + store().file()
                + ": it is not a regular file (a folder); starting with the defaults");
    }

    @Test
    void aNamedPipeWhereTheFileShouldBeIsNeverOpenedSoLoadingCannotBlock() throws Exception {
        Files.createDirectories(store().file().getParent());
        int made;
        try {
            made = new ProcessBuilder("mkfifo", store().file().toString()).inheritIO().start().waitFor();
        } catch (IOException noMkfifo) {
            made = -1;
        }
        assumeTrue(made == 0, "mkfifo is needed to make a named pipe");
        // opening a pipe for reading waits for a writer: were load() to open it, this would time out
        Settings loaded = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> store().load());
        assertThat(loaded).isEqualTo(Settings.NONE);
        assertThat(warnings).containsExactly("could not read the settings in " + store().file()
                + ": it is not a regular file (a named pipe, device or socket); starting with the defaults");
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() throws IOException {
        writeSettingsOfSize(SettingsStore.MAX_BYTES + 1);
        assertThat(store().load()).isEqualTo(Settings.NONE);
        assertThat(warnings).containsExactly("could not read the settings in " + store().file() + ": it is too large ("
                + (SettingsStore.MAX_BYTES + 1) + " bytes; at most 65536 are read); starting with the defaults");
    }

    @Test
    void aFileOfExactlyTheSizeLimitIsReadToItsLastLine() throws IOException {
        writeSettingsOfSize(SettingsStore.MAX_BYTES);
        assertThat(store().load().gallery()).contains("last");
        assertThat(warnings).isEmpty();
        assertThat(SettingsStore.MAX_BYTES).isEqualTo(64 * 1024);
    }

    @Test
    void aFileThatIsNotUtf8TextIsRefusedInWords() throws IOException {
        Files.createDirectories(store().file().getParent());
        Files.write(store().file(), new byte[] {'g', 'a', 'l', 'l', 'e', 'r', 'y', '=', (byte) 0xff});
        assertThat(store().load()).isEqualTo(Settings.NONE);
        assertThat(warnings).containsExactly("could not read the settings in " + store().file()
                + ": not UTF-8 text; starting with the defaults");
    }

    @Test
    void aFileWithABrokenEscapeIsRefusedWithTheReason() throws IOException {
        Files.createDirectories(store().file().getParent());
        Files.writeString(store().file(), "gallery=\\uZZZZ\n");
        assertThat(store().load()).isEqualTo(Settings.NONE);
        assertThat(warnings).containsExactly("could not read the settings in " + store().file()
                + ": Malformed \\uxxxx encoding.; starting with the defaults");
    }

    @Test
    void aSettingsPathInsideARegularFileIsRefusedAsNotAFolder() throws IOException {
        Files.writeString(folder.resolve("storyslides"), "a file where the settings folder should be");
        assertThat(store().load()).isEqualTo(Settings.NONE);
        assertThat(warnings).containsExactly("could not read the settings in " + store().file()
                + ": not a folder; starting with the defaults");
    }

    // --- what save() leaves behind when it fails, and what it says

    @Test
    void aSaveThatCannotReplaceTheFileLeavesNothingAside() throws IOException {
        Files.createDirectories(store().file());  // a folder where the file should be: the move fails
        store().save(SOME_SETTINGS);
        assertThat(settingsFolder()).containsExactly("settings.properties");
        assertThat(Files.isDirectory(store().file())).isTrue();
    }

    @Test
    void aFailedSaveIsWarnedOnceInWords() throws IOException {
        Files.createDirectories(store().file());
        SettingsStore store = store();
        store.save(SOME_SETTINGS);
        store.save(SOME_SETTINGS.withReducedMotion(true));
        assertThat(warnings).containsExactly("could not save the settings to " + store().file() + ": a folder is in the way");
    }

    @Test
    void eachStoreWarnsOfItsOwnFirstFailedSave() throws IOException {
        Files.createDirectories(store().file());
        store().save(SOME_SETTINGS);
        store().save(SOME_SETTINGS);
        assertThat(warnings).hasSize(2);
    }

    @Test
    void aSaveWhereTheFolderIsARegularFileSaysSo() throws IOException {
        Files.writeString(folder.resolve("storyslides"), "a file where the settings folder should be");
        store().save(SOME_SETTINGS);
        assertThat(warnings).containsExactly("could not save the settings to " + store().file() + ": not a folder ("
                + folder.resolve("storyslides") + ")");
        assertThat(Files.readString(folder.resolve("storyslides"))).isEqualTo("a file where the settings folder should be");
    }

    @Test
    void aFolderFullOfThingsInThePlaceOfTheFileAsideIsLeftAloneAndTheSaveFails() throws IOException {
        Path partial = store().file().resolveSibling("settings.properties.partial");
        Files.createDirectories(partial.resolve("something"));
        store().save(SOME_SETTINGS);
        assertThat(warnings).containsExactly("could not save the settings to " + store().file() + ": a folder is in the way ("
                + partial + ")");
        assertThat(partial.resolve("something")).isDirectory();
        assertThat(store().file()).doesNotExist();
    }

    @Test
    void aStaleFileAsideFromACrashIsReplacedAndGone() throws IOException {
        Path partial = store().file().resolveSibling("settings.properties.partial");
        Files.createDirectories(partial.getParent());
        Files.writeString(partial, "gallery=half-writ");
        store().save(SOME_SETTINGS);
        assertThat(store().load()).isEqualTo(SOME_SETTINGS);
        assertThat(settingsFolder()).containsExactly("settings.properties");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aLinkPutInThePlaceOfTheFileAsideIsNotWrittenThrough() throws IOException {
        Path elsewhere = Files.writeString(folder.resolve("elsewhere.txt"), "not the settings");
        Path partial = store().file().resolveSibling("settings.properties.partial");
        Files.createDirectories(partial.getParent());
        Files.createSymbolicLink(partial, elsewhere);
        store().save(SOME_SETTINGS);
        assertThat(Files.readString(elsewhere)).isEqualTo("not the settings");
        assertThat(store().load()).isEqualTo(SOME_SETTINGS);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aSaveAfterTheFailureIsMendedWritesTheFile() throws IOException {
        Files.createDirectories(store().file());
        SettingsStore store = store();
        store.save(SOME_SETTINGS);
        Files.delete(store().file());
        store.save(SOME_SETTINGS);
        assertThat(store().load()).isEqualTo(SOME_SETTINGS);
        assertThat(warnings).hasSize(1);
    }

    @Test
    void aResetThatCannotDeleteSaysWhy() throws IOException {
        Files.createDirectories(store().file().resolve("something"));
        store().reset();
        assertThat(warnings).containsExactly("could not delete the settings in " + store().file() + ": a folder is in the way");
    }

    // --- the reasons in words

    @Test
    void failuresAreNamedInWordsWithThePathWhenItIsNotTheSettingsFile() {
        SettingsStore store = store();
        String settings = store.file().toString();
        assertThat(store.reason(new AccessDeniedException(settings))).isEqualTo("permission denied");
        assertThat(store.reason(new NoSuchFileException("/x/storyslides"))).isEqualTo("no such file or folder (/x/storyslides)");
        assertThat(store.reason(new NotDirectoryException("/x"))).isEqualTo("not a folder (/x)");
        assertThat(store.reason(new FileAlreadyExistsException("/x"))).isEqualTo("not a folder (/x)");
        assertThat(store.reason(new DirectoryNotEmptyException(settings))).isEqualTo("a folder is in the way");
        assertThat(store.reason(new MalformedInputException(1))).isEqualTo("not UTF-8 text");
        assertThat(store.reason(new FileSystemException(settings, null, "Not a directory"))).isEqualTo("not a folder");
        assertThat(store.reason(new FileSystemException("/x/a", settings, "Is a directory"))).isEqualTo("a folder is in the way");
        assertThat(store.reason(new FileSystemException(settings + ".partial", null, "No space left on device")))
                .isEqualTo("No space left on device (" + settings + ".partial)");
        assertThat(store.reason(new FileSystemException(null, null, "Read-only file system"))).isEqualTo("Read-only file system");
        assertThat(store.reason(new FileSystemLoopException(settings))).isEqualTo("file system loop error");
        assertThat(store.reason(new FileSystemException(settings))).isEqualTo("file system error");
        assertThat(store.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
        assertThat(store.reason(new IOException())).isEqualTo("io error");
    }
}
