package org.storyslides.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a gallery file and checks it against its format (assets/schema/gallery.schema.json says the
 * same for editors), either whole or as far as the story shows it before it is opened: its own
 * fields, its slide count and its cover (the other slides are then only skipped over, so the file's
 * syntax is still checked, but they are neither checked nor kept).
 */
final class GalleryReader {

    private static final Set<String> GALLERY_FIELDS = Set.of("id", "title", "slides");
    private static final Set<String> SLIDE_FIELDS = Set.of("image", "headline", "caption", "credit");

    private final JsonCursor json;
    private final ProblemLog.FileProblems problems;
    private final String expectedId;
    private final ImagePathRule images;
    private final int slidesToRead;
    private String id;
    private String title;
    private final List<Slide> slides = new ArrayList<>();
    private int slideCount = -1;
    private boolean slidesValid = true;

    private GalleryReader(JsonCursor json, String expectedId, ImagePathRule images, int slidesToRead) {
        this.json = json;
        this.problems = json.problems();
        this.expectedId = expectedId;
        this.images = images;
        this.slidesToRead = slidesToRead;
    }

    /** The gallery, every slide read and checked; empty when something is wrong (reported). */
    static Optional<Gallery> whole(JsonCursor json, String expectedId, ImagePathRule images) throws IOException {
        GalleryReader reader = new GalleryReader(json, expectedId, images, ContentLimits.MAX_SLIDES);
        return reader.read() ? Optional.of(new Gallery(reader.id, reader.title, reader.slides)) : Optional.empty();
    }

    /** What the story shows of the gallery: title, slide count and the cover, checked. */
    static Optional<GalleryInfo> summary(JsonCursor json, String expectedId, ImagePathRule images) throws IOException {
        GalleryReader reader = new GalleryReader(json, expectedId, images, 1);
        return reader.read() ? Optional.of(new GalleryInfo(reader.id, reader.title, reader.slideCount, reader.slides.get(0)))
                : Optional.empty();
    }

    private boolean read() throws IOException {
        Optional<Set<String>> given = json.object("$", GALLERY_FIELDS, (name, path) -> {
            switch (name) {
                case "id" -> id = json.text(path).filter(this::matchesFileName).orElse(null);
                case "title" -> title = json.text(path).orElse(null);
                default -> readSlides(path);
            }
        });
        if (given.isEmpty()) {
            return false;
        }
        json.requireAll("$", given.get(), "id", "title", "slides");
        return id != null && title != null && slideCount > 0 && slidesValid;
    }

    private boolean matchesFileName(String value) {
        if (!value.equals(expectedId)) {
            problems.add("$.id", "\"" + ContentText.shown(value, 40) + "\" does not match the file name (expected \"" + expectedId + "\")");
        }
        return value.equals(expectedId);
    }

    private void readSlides(String path) throws IOException {
        Optional<Integer> count = json.array(path, (index, slidePath) -> {
            if (index < slidesToRead) {
                readSlide(slidePath);
            } else {
                json.skip();
            }
        });
        if (count.isEmpty()) {
            return;
        }
        if (count.get() == 0) {
            problems.add(path, "must not be empty");
        } else if (count.get() > ContentLimits.MAX_SLIDES) {
            problems.add(path, String.format(Locale.ROOT, "too many slides (%,d; the limit is %,d)", count.get(), ContentLimits.MAX_SLIDES));
        } else {
            slideCount = count.get();
        }
    }

    private void readSlide(String path) throws IOException {
        String[] image = new String[1];
        String[] headline = new String[1];
        String[] credit = new String[1];
        List<String> caption = new ArrayList<>();
        boolean[] valid = {true};
        Optional<Set<String>> given = json.object(path, SLIDE_FIELDS, (name, fieldPath) -> {
            switch (name) {
                case "image" -> {
                    image[0] = json.text(fieldPath).orElse(null);
                    if (image[0] != null) {
                        Optional<String> refused = images.check(image[0]);
                        refused.ifPresent(message -> problems.add(fieldPath, message));
                        valid[0] &= refused.isEmpty();
                    }
                }
                case "headline" -> valid[0] &= (headline[0] = json.text(fieldPath).orElse(null)) != null;
                case "credit" -> valid[0] &= (credit[0] = json.text(fieldPath).orElse(null)) != null;
                default -> valid[0] &= json.array(fieldPath, (index, paragraphPath) -> json.text(paragraphPath).ifPresentOrElse(
                        caption::add, () -> valid[0] = false)).isPresent();
            }
        });
        if (given.isEmpty()) {
            slidesValid = false;
            return;
        }
        json.requireAll(path, given.get(), "image", "caption");
        if (valid[0] && image[0] != null && given.get().contains("caption")) {
            slides.add(new Slide(image[0], headline[0], caption, credit[0]));
        } else {
            slidesValid = false;
        }
    }
}
