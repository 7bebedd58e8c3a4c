package org.storyslides.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

import java.io.File;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A dragboard holding files, as a drop from a file manager brings them. JavaFX makes one only for a
 * platform drag, which a headless test has none of, so the test gives the dragboard its own peer.
 */
final class DroppedFiles implements TKClipboard {

    private final List<File> files;

    private DroppedFiles(List<File> files) {
        this.files = List.copyOf(files);
    }

    static Dragboard of(File... files) {
        return DragboardHelper.createDragboard(new DroppedFiles(List.of(files)));
    }

    @Override
    public void setSecurityContext(AccessControlContext context) {
    }

    @Override
    public Set<DataFormat> getContentTypes() {
        return Set.of(DataFormat.FILES);
    }

    @Override
    @SafeVarargs
    public final boolean putContent(Pair<DataFormat, Object>... content) {
        return false; // what a file manager dropped is not changed by the window
    }

    @Override
    public Object getContent(DataFormat format) {
        return format.equals(DataFormat.FILES) ? files : null;
    }

    @Override
    public boolean hasContent(DataFormat format) {
        return format.equals(DataFormat.FILES);
    }

    @Override
    public Set<TransferMode> getTransferModes() {
        return EnumSet.of(TransferMode.COPY, TransferMode.LINK);
    }

    @Override
    public void setDragView(Image image) {
    }

    @Override
    public void setDragViewOffsetX(double offsetX) {
    }

    @Override
    public void setDragViewOffsetY(double offsetY) {
    }

    @Override
    public Image getDragView() {
        return null;
    }

    @Override
    public double getDragViewOffsetX() {
        return 0;
    }

    @Override
    public double getDragViewOffsetY() {
        return 0;
    }
}
