package org.storyslides.keys;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.storyslides.gallery.CarouselModel;
import javafx.util.Duration;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.Clock;

/**
 * "Digits then Enter": the number typed so far, and what became of it. The prompt is what the
 * overlay shows ("Go to slide 12", or why a number was refused); it is empty when no entry is open.
 * Neither stays up on the audience's screen: a number left untyped for {@link #TYPING_LINGER} is
 * dropped, and a refusal goes after {@link #REFUSAL_LINGER}.
 */
public final class SlideNumberEntry {

    private static final int MAX_DIGITS = 6;
    public static final Duration TYPING_LINGER = Duration.seconds(5);
    public static final Duration REFUSAL_LINGER = Duration.seconds(3);

    private final CarouselModel carousel;
    private final Messages messages;
    private final ReadOnlyStringWrapper digits = new ReadOnlyStringWrapper(this, "digits", "");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ObservableBooleanValue open;
    // how long the prompt has been up unchanged
    private Duration idle = Duration.ZERO;

    public SlideNumberEntry(CarouselModel carousel, Messages messages, Clock clock) {
        this.carousel = carousel;
        this.messages = messages;
        this.open = Bindings.isNotEmpty(prompt);
        clock.addListener(this::elapse);
    }

    private void elapse(Duration elapsed) {
        if (!isOpen()) {
            return;
        }
        idle = idle.add(elapsed);
        if (!idle.lessThan(isTyping() ? TYPING_LINGER : REFUSAL_LINGER)) {
            cancel();
        }
    }

    public void typeDigit(int digit) {
        if (digits.get().length() < MAX_DIGITS) {
            digits.set(digits.get() + digit);
        }
        prompt.set(messages.format("entry.goTo", digits.get()));
        idle = Duration.ZERO;
    }

    /** Goes to the typed slide; a number outside the gallery is refused with a message, and the entry stays open to show it. */
    public void submit() {
        if (digits.get().isEmpty()) {
            return;
        }
        int number = Integer.parseInt(digits.get());
        int size = carousel.getGallery().size();
        digits.set("");
        if (number < 1 || number > size) {
            prompt.set(messages.format("entry.outOfRange", number, size));
            idle = Duration.ZERO;
            return;
        }
        carousel.showSlide(number - 1);
        prompt.set("");
    }

    public void cancel() {
        digits.set("");
        prompt.set("");
    }

    // --- digits

    public boolean isTyping() {
        return !digits.get().isEmpty();
    }

    // --- prompt

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public ObservableBooleanValue openProperty() {
        return open;
    }

    public boolean isOpen() {
        return open.get();
    }
}
