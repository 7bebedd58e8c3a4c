package org.storyslides.presentation;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import org.storyslides.i18n.Messages;

import java.util.Optional;

/**
 * What autoplay is doing, in words: a line shown while it is on ("Autoplay ×1.25", "Paused: pointer
 * on the picture"), and a notice for a moment whenever that changes, so it never looks dead.
 */
public final class AutoplayStatus {

    private final AutoplayModel autoplay;
    private final Messages messages;
    private final NoticeModel notices;
    private final ObservableStringValue line;

    public AutoplayStatus(AutoplayModel autoplay, Messages messages, NoticeModel notices) {
        this.autoplay = autoplay;
        this.messages = messages;
        this.notices = notices;
        this.line = Bindings.createStringBinding(this::currentLine, autoplay.playingProperty(), autoplay.pauseReasonProperty(),
                autoplay.paceProperty(), autoplay.loopingProperty());
        autoplay.playingProperty().addListener((observable, was, playing) -> notices.show(playing
                ? onNotice() : messages.get(autoplay.stoppedAtEnd() ? "autoplay.ended" : "autoplay.off")));
        autoplay.paceProperty().addListener((observable, was, pace) -> notices.show(messages.format("autoplay.pace", pace)));
        autoplay.loopingProperty().addListener((observable, was, looping) ->
                notices.show(messages.get(looping ? "autoplay.loop.on" : "autoplay.loop.off")));
        autoplay.pauseReasonProperty().addListener((observable, was, now) -> pauseChanged(was, now));
    }

    private String onNotice() {
        return autoplay.getPauseReason().filter(AutoplayStatus::worthSaying)
                .map(this::pausedNotice).orElseGet(() -> messages.format("autoplay.on", autoplay.getPace()));
    }

    /** A hold named when it starts and when it ends, while playing; a key held for a moment is not worth a word. */
    private void pauseChanged(Optional<PauseReason> was, Optional<PauseReason> now) {
        if (!autoplay.isPlaying()) {
            return;
        }
        if (now.isPresent() && worthSaying(now.get())) {
            notices.show(pausedNotice(now.get()));
        } else if (now.isEmpty() && was.filter(AutoplayStatus::worthSaying).isPresent()) {
            notices.show(messages.get("autoplay.resumed"));
        }
    }

    private static boolean worthSaying(PauseReason reason) {
        return reason != PauseReason.KEY_HELD;
    }

    private String pausedNotice(PauseReason reason) {
        return messages.format("autoplay.paused", reasonText(reason));
    }

    private String reasonText(PauseReason reason) {
        return messages.get("autoplay.reason." + reason.name());
    }

    private String currentLine() {
        if (!autoplay.isPlaying()) {
            return "";
        }
        String state = autoplay.getPauseReason().filter(AutoplayStatus::worthSaying)
                .map(reason -> messages.format("autoplay.status.paused", reasonText(reason)))
                .orElseGet(() -> messages.format("autoplay.status.playing", autoplay.getPace()));
        return autoplay.isLooping() ? messages.format("autoplay.status.loop", state) : state;
    }

    // --- line: empty while autoplay is off

    public ObservableStringValue lineProperty() {
        return line;
    }

    public String getLine() {
        return line.get();
    }
}
