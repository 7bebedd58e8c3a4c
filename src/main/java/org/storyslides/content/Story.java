package org.storyslides.content;

import java.time.LocalDate;
import java.util.List;

/** The news story: its header and its body blocks in page order. */
public record Story(String headline, String source, String dateline, LocalDate published, List<StoryBlock> body) {

    public Story {
        body = List.copyOf(body);
    }

    /** The ids of the galleries the story embeds, in page order, each once. */
    public List<String> galleryIds() {
        return body.stream()
                .filter(block -> block.type() == StoryBlock.Type.GALLERY)
                .map(StoryBlock::gallery)
                .distinct()
                .toList();
    }
}
