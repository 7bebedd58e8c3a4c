package org.storyslides.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.gallery.PictureCheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example content folder, block for block as a reader copies it: written to a folder with
 * pictures at the names its gallery gives, it passes the app's whole check, pictures and all.
 */
class ReadmeExampleTest {

    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\S+) -->\\s*```json\\n(.*?)\\n```", Pattern.DOTALL);

    private static Map<String, String> examples() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Map<String, String> files = new LinkedHashMap<>();
        Matcher matcher = EXAMPLE.matcher(readme);
        while (matcher.find()) {
            files.put(matcher.group(1), matcher.group(2));
        }
        return files;
    }

    @Test
    void theReadmeGivesAStoryAndAGallery() throws IOException {
        assertThat(examples()).containsOnlyKeys("story.json", "galleries/harbour.json");
    }

    @Test
    void theExampleFolderPassesTheCheckPicturesAndAll(@TempDir Path folder) throws IOException {
        for (Map.Entry<String, String> file : examples().entrySet()) {
            Files.createDirectories(folder.resolve(file.getKey()).getParent());
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        Matcher image = Pattern.compile("\"image\": \"([^\"]+)\"").matcher(examples().get("galleries/harbour.json"));
        int pictures = 0;
        while (image.find()) {
            Path picture = folder.resolve(image.group(1));
            Files.createDirectories(picture.getParent());
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(32, 18, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg",
                    picture.toFile());
            pictures++;
        }

        LoadResult result = new ContentLoader().load(folder);

        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        Content content = ((LoadResult.Loaded) result).content();
        assertThat(pictures).isEqualTo(3);
        assertThat(content.slideCount()).isEqualTo(3);
        assertThat(PictureCheck.check(content)).isEmpty();
        assertThat(content.gallery("harbour")).isInstanceOfSatisfying(GalleryLoad.Loaded.class,
                loaded -> assertThat(loaded.gallery().slides().get(1).headlineText()).contains("First light"));
    }
}
