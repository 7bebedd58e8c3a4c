package org.storyslides.newshow;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The gallery file's texts within the writer's cut. */
class ShowJsonTest {

    private static JsonObject slide(byte[] gallery, int index) {
        return JsonParser.parseString(new String(gallery, StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("slides")
                .get(index).getAsJsonObject();
    }

    @Test
    void aCaptionsParagraphsShareTheCut() {
        PhotoFacts photo = new PhotoFacts(Path.of("a.jpg"), Optional.empty(), List.of("aaaa", "bbbb", "cccc"), Optional.of("hhhhhhh"),
                Optional.of("ccccccc"), Optional.empty());
        JsonObject slide = slide(ShowJson.gallery("g", "T", List.of(new ShowJson.ShowSlide("images/g/a.jpg", photo)), 6), 1);
        assertThat(slide.getAsJsonArray("caption").asList()).extracting(e -> e.getAsString()).containsExactly("aaaa", "bb");
        assertThat(slide.get("headline").getAsString()).isEqualTo("hhhhhh");
        assertThat(slide.get("credit").getAsString()).isEqualTo("cccccc");
        assertThat(slide(ShowJson.gallery("g", "T", List.of(new ShowJson.ShowSlide("images/g/a.jpg", photo)), 6), 0)
                .get("credit").getAsString()).isEqualTo("cccccc");
    }
}
