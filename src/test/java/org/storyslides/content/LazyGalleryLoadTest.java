package org.storyslides.content;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ContentLoader#open}: the story and the first gallery whole, the other galleries as far as
 * the story shows them (title, count, cover), loaded and checked whole when first shown.
 * {@link ContentLoader#load} (--check) still reads everything.
 */
class LazyGalleryLoadTest {

    @TempDir
    Path folder;

    /** The fixture's story with a second gallery, "more", after "demo"; {@code edit} changes it before it is written. */
    private Path withSecondGallery(java.util.function.Consumer<JsonObject> edit) {
        ContentFolderFixture base = new ContentFolderFixture(folder);
        JsonObject block = new JsonObject();
        block.addProperty("type", "gallery");
        block.addProperty("text", "RELATED: More");
        block.addProperty("gallery", "more");
        base.story.getAsJsonArray("body").add(block);
        base.write();
        JsonObject more = base.gallery.deepCopy();
        more.addProperty("id", "more");
        more.addProperty("title", "More pictures");
        more.getAsJsonArray("slides").add(more.getAsJsonArray("slides").get(1).deepCopy());
        edit.accept(more);
        base.writeText("galleries/more.json", more.toString());
        return folder;
    }

    private static Content opened(Path folder) {
        LoadResult result = new ContentLoader().open(folder);
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).content();
    }

    @Test
    void theSecondGalleryIsKnownByItsTitleCountAndCoverAndLoadedWhenFirstAskedFor() {
        Content content = opened(withSecondGallery(more -> { }));

        assertThat(content.galleries()).extracting(GalleryInfo::id, GalleryInfo::title, GalleryInfo::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("demo", "Demo gallery", 2),
                        org.assertj.core.groups.Tuple.tuple("more", "More pictures", 3));
        assertThat(content.galleries().get(1).cover().image()).isEqualTo("images/demo/00-cover.png");
        assertThat(content.isLoaded("demo")).isTrue();
        assertThat(content.isLoaded("more")).isFalse();

        Gallery more = TestGalleries.of(content, "more");

        assertThat(content.isLoaded("more")).isTrue();
        assertThat(more.info()).isEqualTo(content.galleries().get(1));
        assertThat(more).isEqualTo(TestGalleries.of(((LoadResult.Loaded) new ContentLoader().load(folder)).content(), "more"));
    }

    @Test
    void aBrokenSlideOfAGalleryNotOnShowIsFoundWhenItIsShownAndByCheck() {
        withSecondGallery(more -> more.getAsJsonArray("slides").get(2).getAsJsonObject().addProperty("image", "../outside.png"));
        Content content = opened(folder);

        GalleryLoad load = content.gallery("more");

        assertThat(load).isInstanceOfSatisfying(GalleryLoad.Failed.class, failed -> assertThat(failed.problems())
                .extracting(Object::toString)
                .containsExactly("galleries/more.json: $.slides[2].image (slide 3): must stay inside the content folder (no ..): ../outside.png"));
        assertThat(content.isLoaded("more")).isFalse();
        assertThat(new ContentLoader().load(folder)).isInstanceOfSatisfying(LoadResult.Failed.class, failed ->
                assertThat(failed.problems()).extracting(Object::toString)
                        .containsExactly("galleries/more.json: $.slides[2].image (slide 3): must stay inside the content folder (no ..): ../outside.png"));
    }

    @Test
    void whatTheStoryShowsOfAGalleryIsCheckedUpFront() {
        withSecondGallery(more -> {
            more.remove("title");
            more.getAsJsonArray("slides").get(0).getAsJsonObject().addProperty("image", "images/missing.png");
        });

        assertThat(new ContentLoader().open(folder)).isInstanceOfSatisfying(LoadResult.Failed.class, failed ->
                assertThat(failed.problems()).extracting(Object::toString).containsExactly(
                        "galleries/more.json: $.slides[0].image (slide 1): file not found: images/missing.png",
                        "galleries/more.json: $.title: missing required field"));
    }

    @Test
    void aMalformedGalleryFileIsReportedUpFront() {
        withSecondGallery(more -> { });
        new ContentFolderFixture(folder).writeText("galleries/more.json", "{\"id\": \"more\",");

        assertThat(new ContentLoader().open(folder)).isInstanceOf(LoadResult.Failed.class);
    }
}
