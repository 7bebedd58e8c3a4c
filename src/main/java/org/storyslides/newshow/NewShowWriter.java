package org.storyslides.newshow;

import org.storyslides.content.ContentFolder;
import org.storyslides.content.ContentLimits;
import org.storyslides.content.ContentText;
import org.storyslides.content.FileRefusedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writes a new show (--new): a content folder made from a folder of photos, which the app opens as
 * it is. It never overwrites: the folder must be new or empty, and every file is created new. The
 * photos folder is only read.
 */
public final class NewShowWriter {

    /** The longest title kept: the story's headline, the gallery's title and its cover's headline. */
    static final int MAX_TITLE_CHARS = 1_000;
    static final Duration COPY_TIME_LIMIT = Duration.ofMinutes(2);
    static final String STORY_FILE = "story.json";

    private final Clock clock;
    private final Consumer<String> warnings;

    /** @param warnings told, one line each, of each photo refused or whose metadata could not be read */
    public NewShowWriter(Clock clock, Consumer<String> warnings) {
        this.clock = clock;
        this.warnings = warnings;
    }

    public NewShowReport write(NewShowRequest request) throws NewShowException {
        Path folder = request.folder().toAbsolutePath().normalize();
        Path photos = request.photos().toAbsolutePath().normalize();
        String title = title(request, folder);
        refuseUnlessNew(folder);
        Photos read = photos(photos);
        List<PhotoFacts> facts = read.facts();
        String id = ShowNames.galleryId(title);

        ShowNames names = new ShowNames();
        List<ShowJson.ShowSlide> slides = new ArrayList<>(facts.size());
        for (PhotoFacts photo : facts) {
            slides.add(new ShowJson.ShowSlide("images/" + id + "/" + names.pictureName(photo.fileName()), photo));
        }
        Written written = new Written(folder, slides.size());
        try {
            Files.createDirectories(folder);
            Files.createDirectories(folder.resolve("galleries"));
            Files.createDirectories(folder.resolve("images").resolve(id));
        } catch (IOException e) {
            throw written.failed("could not create " + shown(folder) + " (" + reason(e) + ")");
        }
        ContentFolder guard = new ContentFolder(photos);
        for (ShowJson.ShowSlide slide : slides) {
            Path target = folder.resolve(slide.image());
            try {
                if (request.link()) {
                    link(photos, slide.photo().fileName(), target);
                } else {
                    copy(guard, slide.photo().fileName(), target);
                }
                written.pictures++;
            } catch (IOException e) {
                if (request.link() && isCrossDevice(e)) {
                    throw written.failed("cannot hard-link the pictures: " + shown(photos) + " and " + shown(folder)
                            + " are on different file systems; drop --link to copy them");
                }
                throw written.failed("could not write " + slide.image() + " (" + reason(e) + ")");
            }
        }
        String galleryFile = "galleries/" + id + ".json";
        writeNew(folder.resolve(galleryFile), galleryJson(id, title, slides), galleryFile, written);
        written.files.add(galleryFile);
        writeNew(folder.resolve(STORY_FILE), ShowJson.story(title, LocalDate.now(clock), shown(folder.resolve(STORY_FILE)), id),
                STORY_FILE, written);
        int captions = (int) facts.stream().filter(photo -> !photo.caption().isEmpty()).count();
        int credits = (int) facts.stream().filter(photo -> photo.credit().isPresent()).count();
        return new NewShowReport(folder, photos, id, facts.size(), captions, credits, request.link(), read.skipped());
    }

    /** The photos in slide order, and the other files passed over. */
    private record Photos(List<PhotoFacts> facts, List<String> skipped) {
    }

    private static String title(NewShowRequest request, Path folder) throws NewShowException {
        if (request.title().isPresent()) {
            return ShowText.line(request.title().get(), MAX_TITLE_CHARS)
                    .orElseThrow(() -> new NewShowException(NewShowException.Kind.REFUSED, "--title must not be blank"));
        }
        Path name = folder.getFileName();
        return ShowText.line(name == null ? "" : name.toString(), MAX_TITLE_CHARS).orElse("Photos");
    }

    private static void refuseUnlessNew(Path folder) throws NewShowException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(shown(folder) + " already exists and is not a folder; --new never overwrites: name a new folder");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            if (entries.iterator().hasNext()) {
                throw refused(shown(folder) + " already exists and is not empty; --new never overwrites: name a new folder");
            }
        } catch (IOException e) {
            throw refused("cannot read " + shown(folder) + " (" + reason(e) + ")");
        }
    }

    /** The photos' facts in slide order; a photo refused or unreadable is warned of. */
    private Photos photos(Path photos) throws NewShowException {
        if (!Files.exists(photos)) {
            throw refused("the photos folder " + shown(photos) + " does not exist");
        }
        if (!Files.isDirectory(photos)) {
            throw refused(shown(photos) + " is not a folder (--photos names the folder the photos are in)");
        }
        PhotoFolder.Scan scanned;
        try {
            scanned = PhotoFolder.scan(photos);
        } catch (IOException e) {
            throw refused("cannot read the photos folder " + shown(photos) + " (" + reason(e) + ")");
        }
        scanned.refused().forEach(warnings);
        if (scanned.pictures().isEmpty()) {
            throw refused("no pictures in " + shown(photos) + " (.jpg, .jpeg, .png, .gif or .bmp files, not in its folders)"
                    + (scanned.skipped().isEmpty() ? "" : ": " + NewShowReport.skippedLine(scanned.skipped())));
        }
        int most = ContentLimits.MAX_SLIDES - 1;
        if (scanned.pictures().size() > most) {
            throw refused(String.format(Locale.ROOT, "%,d pictures in %s: a gallery holds at most %,d photos and its cover",
                    scanned.pictures().size(), shown(photos), most));
        }
        ContentFolder guard = new ContentFolder(photos);
        List<PhotoFacts> facts = new ArrayList<>(scanned.pictures().size());
        for (String name : scanned.pictures()) {
            PhotoFacts photo = PhotoFactsReader.read(guard, name);
            photo.warning().ifPresent(warnings);
            facts.add(photo);
        }
        facts.sort(PhotoOrder.SLIDES);
        return new Photos(facts, scanned.skipped());
    }

    /** The gallery file within its size limit: every text cut shorter until it fits (said in a warning). */
    private byte[] galleryJson(String id, String title, List<ShowJson.ShowSlide> slides) {
        int maxChars = ContentLimits.MAX_TEXT_CHARS;
        byte[] json = ShowJson.gallery(id, title, slides, maxChars);
        while (json.length > ContentLimits.MAX_FILE_BYTES) {
            maxChars /= 2;
            json = ShowJson.gallery(id, title, slides, maxChars);
        }
        if (maxChars < ContentLimits.MAX_TEXT_CHARS) {
            warnings.accept(String.format(Locale.ROOT, "captions, headlines and credits cut to %,d characters each, to keep the gallery file within %,d MB",
                    maxChars, ContentLimits.MAX_FILE_BYTES >> 20));
        }
        return json;
    }

    private static void copy(ContentFolder guard, String name, Path target) throws IOException {
        try (InputStream in = guard.open(name, ContentLimits.MAX_PICTURE_BYTES, COPY_TIME_LIMIT)) {
            Files.copy(in, target); // created new: an existing file is never replaced
        }
    }

    /** A hard link to the photo itself (never a symbolic link: the content folder's guard refuses links leading outside it). */
    private static void link(Path photos, String name, Path target) throws IOException {
        Path real = photos.resolve(name).toRealPath();
        if (!real.startsWith(photos.toRealPath()) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileRefusedException(FileRefusedException.Reason.OUTSIDE, "it is no longer a file inside the photos folder");
        }
        Files.createLink(target, real);
    }

    private static boolean isCrossDevice(IOException e) {
        return e instanceof FileSystemException system && system.getReason() != null
                && system.getReason().toLowerCase(Locale.ROOT).contains("cross-device");
    }

    private static void writeNew(Path file, byte[] bytes, String name, Written written) throws NewShowException {
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw written.failed("could not write " + name + " (" + reason(e) + ")");
        }
    }

    private static NewShowException refused(String message) {
        return new NewShowException(NewShowException.Kind.REFUSED, message);
    }

    private static String shown(Path path) {
        return ContentText.shown(path.toString(), 300);
    }

    /** The file system's reason in words ("not a directory"), else the exception's message, else its kind. */
    static String reason(IOException e) {
        String reason = e instanceof FileSystemException system && system.getReason() != null ? system.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? e.getClass().getSimpleName()
                : ContentText.shown(reason.toLowerCase(Locale.ROOT), 200);
    }

    /** What was written before a failure, to say so: nothing is lost, the photos folder is only read. */
    private static final class Written {
        final Path folder;
        final int total;
        final List<String> files = new ArrayList<>();
        int pictures;

        Written(Path folder, int total) {
            this.folder = folder;
            this.total = total;
        }

        NewShowException failed(String what) {
            List<String> done = new ArrayList<>();
            if (pictures > 0) {
                done.add(pictures + " of " + NewShowReport.count(total, "picture"));
            }
            done.addAll(files);
            return new NewShowException(NewShowException.Kind.NOT_WRITTEN, what + "; "
                    + (done.isEmpty() ? "nothing written in " + shown(folder) : "written in " + shown(folder) + ": " + String.join(", ", done))
                    + "; the photos folder was only read");
        }
    }
}
