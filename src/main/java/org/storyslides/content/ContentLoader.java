package org.storyslides.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a content folder ({@code story.json}, {@code galleries/<id>.json}, images) into records.
 * It never throws at the user: it gives the content, or every problem found, each naming its file
 * and place. Every file is read through the folder's guard ({@link ContentFolder}) and streamed
 * ({@link JsonFiles}); it is never called on the JavaFX thread.
 */
public final class ContentLoader {

    static final String STORY_FILE = "story.json";
    /** The content folder {@code named} names: itself, or the folder of a story.json (from its name alone, no file read). */
    public static Path folderNamedBy(Path named) {
        boolean storyFile = named.getFileName() != null && named.getFileName().toString().equals(STORY_FILE);
        return storyFile && named.getParent() != null ? named.getParent() : named;
    }
    private static final System.Logger LOG = System.getLogger(ContentLoader.class.getName());

    /**
     * Loads the folder whole: the story and every gallery, each checked slide by slide (what
     * {@code --check} needs). Galleries stay in memory while they fit its budget; the others are read
     * again when asked for.
     */
    public LoadResult load(Path folder) {
        return read(folder, true);
    }

    /**
     * Opens the folder for the window: the story, and of each gallery what the story shows of it
     * (title, photo count, cover), all checked; the first gallery is read whole, the others when
     * first shown ({@link Content#gallery}), so a big gallery not on show costs the start-up only a
     * read of its file.
     */
    public LoadResult open(Path folder) {
        return read(folder, false);
    }

    private LoadResult read(Path path, boolean whole) {
        ProblemLog log = new ProblemLog();
        if (!Files.isDirectory(path)) {
            log.in(ContentText.shown(path.toString(), 200)).add("", Files.exists(path) ? "not a folder" : "content folder not found");
            return new LoadResult.Failed(log.problems());
        }
        ContentFolder folder = new ContentFolder(path);
        ProblemLog.FileProblems storyProblems = log.in(STORY_FILE);
        Optional<StoryReader.Result> story = JsonFiles.read(folder, STORY_FILE, ContentLimits.MAX_STORY_BYTES, storyProblems,
                StoryReader::read);
        Map<String, String> galleryIds = story.map(StoryReader.Result::galleries).orElse(Map.of());

        ImagePathRule images = new ImagePathRule(folder);
        GalleryCache cache = new GalleryCache();
        List<GalleryInfo> infos = new ArrayList<>();
        Gallery[] firstGallery = new Gallery[1];
        // the gallery the window opens on; the others are read whole when first shown
        Optional<String> first = galleryIds.keySet().stream().findFirst();
        galleryIds.forEach((id, referencedAt) -> {
            String file = galleryFile(id);
            if (isMissing(folder, file)) {
                storyProblems.add(referencedAt, "no gallery file " + file + " for gallery \"" + id + "\"");
                return;
            }
            ProblemLog.FileProblems problems = log.in(file);
            if (whole || first.get().equals(id)) {
                JsonFiles.read(folder, file, ContentLimits.MAX_FILE_BYTES, problems, json -> GalleryReader.whole(json, id, images))
                        .flatMap(Function.identity())
                        .ifPresent(gallery -> {
                            infos.add(gallery.info());
                            if (first.get().equals(id)) {
                                firstGallery[0] = gallery;
                            } else {
                                cache.put(gallery);
                            }
                            // --check reads every gallery: each is checked, then let go as the budget says
                        });
            } else {
                JsonFiles.read(folder, file, ContentLimits.MAX_FILE_BYTES, problems, json -> GalleryReader.summary(json, id, images))
                        .flatMap(Function.identity())
                        .ifPresent(infos::add);
            }
        });

        Optional<Story> storyRead = story.flatMap(StoryReader.Result::story);
        if (storyRead.isEmpty() && log.isEmpty()) {
            storyProblems.add("", "the story could not be read");
        }
        if (!log.isEmpty()) {
            return new LoadResult.Failed(log.problems());
        }
        return new LoadResult.Loaded(new Content(folder, storyRead.get(), infos, firstGallery[0], cache, id -> loadGallery(folder, id, images)));
    }

    private static boolean isMissing(ContentFolder folder, String file) {
        try {
            folder.check(file, Long.MAX_VALUE);
            return false;
        } catch (FileRefusedException e) {
            return e.reason() == FileRefusedException.Reason.NOT_FOUND;
        }
    }

    /** A gallery read and checked whole, when it is first shown. */
    private static GalleryLoad loadGallery(ContentFolder folder, String id, ImagePathRule images) {
        ProblemLog log = new ProblemLog();
        String file = galleryFile(id);
        Optional<Gallery> gallery = JsonFiles.read(folder, file, ContentLimits.MAX_FILE_BYTES, log.in(file),
                json -> GalleryReader.whole(json, id, images)).flatMap(Function.identity());
        if (!log.isEmpty() || gallery.isEmpty()) {
            List<Problem> problems = log.isEmpty() ? List.of(new Problem(file, "", "the gallery could not be read")) : log.problems();
            LOG.log(System.Logger.Level.WARNING, () -> folder.path().resolve(file) + ": gallery not shown, " + problems.size()
                    + (problems.size() == 1 ? " problem: " : " problems, the first: ") + problems.get(0));
            return new GalleryLoad.Failed(problems);
        }
        return new GalleryLoad.Loaded(gallery.get());
    }

    static String galleryFile(String id) {
        return "galleries/" + id + ".json";
    }
}
