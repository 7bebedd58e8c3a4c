package org.storyslides.app;

import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.storyslides.gallery.CarouselModel;
import org.storyslides.gallery.SlideImages;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.PresentationModel;
import org.storyslides.presenter.PresenterModel;
import org.storyslides.presenter.PresenterView;
import org.storyslides.presenter.ScreenChoice;
import org.storyslides.presenter.WallClock;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Carries the presenter view out on windows: a second stage while {@link PresenterModel#openProperty()}
 * is true, with the app's key filter on its scene (so its keys drive the audience view), and the audience
 * view presenting where {@link PresenterModel#choiceProperty()} says. Closed, nothing of it is left.
 */
final class PresenterWindow {

    private final PresenterModel presenter;
    private final CarouselModel carousel;
    private final PresentationModel presentation;
    private final PresentationMode presentationMode;
    private final WallClock wallClock;
    private final SlideImages images;
    private final Messages messages;
    private final Consumer<Scene> installKeys;
    private final String title;
    private final InvalidationListener openChanged = observable -> openChanged();
    private final InvalidationListener choiceChanged = observable -> place();
    private Stage stage;
    private PresenterView view;

    /** @param installKeys puts the app's key filter on a scene */
    PresenterWindow(PresenterModel presenter, CarouselModel carousel, PresentationModel presentation, PresentationMode presentationMode,
                    WallClock wallClock, SlideImages images, Messages messages, Consumer<Scene> installKeys, String title) {
        this.presenter = presenter;
        this.carousel = carousel;
        this.presentation = presentation;
        this.presentationMode = presentationMode;
        this.wallClock = wallClock;
        this.images = images;
        this.messages = messages;
        this.installKeys = installKeys;
        this.title = title;
        presenter.openProperty().addListener(openChanged);
        presenter.choiceProperty().addListener(choiceChanged);
    }

    /** Closes the presenter view and stops listening (the audience window is closed). */
    void dispose() {
        presenter.close();
        presenter.openProperty().removeListener(openChanged);
        presenter.choiceProperty().removeListener(choiceChanged);
    }

    /** The presenter's stage while the view is open, else null. */
    Stage stage() {
        return stage;
    }

    private void openChanged() {
        if (presenter.isOpen() && stage == null) {
            open();
        } else if (!presenter.isOpen() && stage != null) {
            close();
        }
    }

    private void open() {
        view = new PresenterView(carousel, presenter, presentation, wallClock, images.previews(), messages);
        Rectangle2D bounds = presenter.getChoice().presenterBounds();
        Scene scene = new Scene(view, bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(Objects.requireNonNull(PresenterView.class.getResource("presenter.css"),
                "missing resource: presenter.css").toExternalForm());
        installKeys.accept(scene);
        stage = new Stage();
        stage.setTitle(messages.format("presenter.title", title));
        stage.getIcons().setAll(WindowIcons.load());
        stage.setScene(scene);
        // its close button closes the view, as P does
        stage.setOnHidden(event -> presenter.close());
        place();
        presentation.enter();
        // shown last, so it has the focus: the presenter types here
        stage.show();
    }

    /** Both views where the choice says: the presenter's window, and the audience's presentation. */
    private void place() {
        ScreenChoice choice = presenter.getChoice();
        if (stage == null || choice == null) {
            return;
        }
        Rectangle2D bounds = choice.presenterBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        presentationMode.placeAudience(new PresentationMode.AudiencePlace(choice.audienceBounds(), !choice.sideBySide()));
    }

    private void close() {
        Stage closing = stage;
        stage = null;
        // the audience goes on presenting as it is; a later F11 presents full screen where the window is
        presentationMode.placeAudience(null);
        closing.setOnHidden(null);
        closing.hide();
        closing.setScene(null);
        view.dispose();
        view = null;
    }
}
