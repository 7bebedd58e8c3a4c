package org.storyslides.content;

import com.google.gson.annotations.SerializedName;

/**
 * One block of the story's body, in page order.
 *
 * @param type    what the block is
 * @param text    the paragraph, the "RELATED: ..." line of an embedded gallery, or a related headline
 * @param gallery the id of the embedded gallery, only on {@link Type#GALLERY} blocks
 */
public record StoryBlock(Type type, String text, String gallery) {

    public enum Type {
        @SerializedName("paragraph") PARAGRAPH,
        @SerializedName("gallery") GALLERY,
        @SerializedName("seeAlso") SEE_ALSO
    }
}
