package org.storyslides.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The published JSON Schemas accept the bundled content and refuse what the loader refuses. */
class SchemaTest {

    private static final Path ASSETS = Path.of("assets");
    private final ObjectMapper json = new ObjectMapper();

    private JsonSchema schema(String name) throws IOException {
        try (InputStream in = Files.newInputStream(ASSETS.resolve("schema").resolve(name))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private Set<ValidationMessage> validate(String schema, String document) throws IOException {
        return schema(schema).validate(json.readTree(document));
    }

    private Set<ValidationMessage> validate(String schema, Path file) throws IOException {
        JsonNode node = json.readTree(file.toFile());
        return schema(schema).validate(node);
    }

    @Test
    void bundledContentMatchesTheSchemas() throws IOException {
        assertThat(validate("story.schema.json", ASSETS.resolve("story.json"))).isEmpty();
        try (var galleries = Files.list(ASSETS.resolve("galleries"))) {
            assertThat(galleries.toList()).hasSize(2).allSatisfy(file -> assertThat(validate("gallery.schema.json", file)).isEmpty());
        }
    }

    @Test
    void theGallerySchemaRefusesWhatTheLoaderRefuses() throws IOException {
        String slide = "{\"id\": \"x\", \"title\": \"X\", \"slides\": [{\"image\": \"%s\", \"caption\": []}]}";
        assertThat(validate("gallery.schema.json", slide.formatted("images/x/01.jpg"))).isEmpty();
        assertThat(validate("gallery.schema.json", slide.formatted("../01.jpg"))).isNotEmpty();
        assertThat(validate("gallery.schema.json", slide.formatted("images/../../01.jpg"))).isNotEmpty();
        assertThat(validate("gallery.schema.json", slide.formatted("/etc/passwd"))).isNotEmpty();
        assertThat(validate("gallery.schema.json", slide.formatted("https://example.com/a.jpg"))).isNotEmpty();
        assertThat(validate("gallery.schema.json", "{\"id\": \"x\", \"title\": \"X\", \"slides\": []}")).isNotEmpty();
        assertThat(validate("gallery.schema.json", "{\"id\": \"x\", \"title\": \"X\", \"slides\": [{\"image\": \"a.jpg\"}]}")).isNotEmpty();
    }

    @Test
    void theStorySchemaRefusesWhatTheLoaderRefuses() throws IOException {
        String story = "{\"headline\": \"H\", \"source\": \"S\", \"dateline\": \"D\", \"published\": \"2017-02-16\", \"body\": [%s]}";
        assertThat(validate("story.schema.json", story.formatted("{\"type\": \"gallery\", \"text\": \"R\", \"gallery\": \"g\"}"))).isEmpty();
        assertThat(validate("story.schema.json", story.formatted("{\"type\": \"paragraph\", \"text\": \"P\"}"))).as("no gallery").isNotEmpty();
        assertThat(validate("story.schema.json", story.formatted("{\"type\": \"gallery\", \"text\": \"R\"}"))).as("gallery without id").isNotEmpty();
        assertThat(validate("story.schema.json", story.formatted(
                "{\"type\": \"gallery\", \"text\": \"R\", \"gallery\": \"g\"}, {\"type\": \"quote\", \"text\": \"Q\"}"))).as("unknown type").isNotEmpty();
        assertThat(validate("story.schema.json", story.formatted(
                "{\"type\": \"gallery\", \"text\": \"R\", \"gallery\": \"g\"}, {\"type\": \"paragraph\", \"text\": \"P\", \"gallery\": \"g\"}"))).as("paragraph naming a gallery").isNotEmpty();
    }
}
