package org.storyslides.gallery;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ZoomModelTest {

    private static final double EPSILON = 1e-9;
    private final ZoomModel zoom = new ZoomModel();

    @BeforeEach
    void aPhotoInAViewport() {
        // a 6000 x 4000 photo in an 800 x 600 viewport: fit is 800/6000 (the width decides)
        zoom.setViewport(800, 600);
        zoom.setPicture(6000, 4000);
    }

    /** The picture point under a viewport point. */
    private double[] pictureAt(double x, double y) {
        return new double[]{zoom.getCentreX() + (x - 400) / zoom.getScale(), zoom.getCentreY() + (y - 300) / zoom.getScale()};
    }

    @Test
    void aNewPictureIsFittedAndCentred() {
        assertThat(zoom.isFitted()).isTrue();
        assertThat(zoom.getScale()).isCloseTo(800.0 / 6000, within(EPSILON));
        assertThat(zoom.getFitScale()).isCloseTo(800.0 / 6000, within(EPSILON));
        assertThat(zoom.getCentreX()).isEqualTo(3000);
        assertThat(zoom.getCentreY()).isEqualTo(2000);
        assertThat(zoom.getPercent()).isEqualTo(13);
    }

    @Test
    void theTallerSideDecidesTheFitOfAPortrait() {
        zoom.setPicture(3000, 4000);
        assertThat(zoom.getScale()).isCloseTo(600.0 / 4000, within(EPSILON));
    }

    @Test
    void aZoomAboutAPointKeepsThatPointStill() {
        double[] before = pictureAt(100, 500);
        zoom.zoomBy(4, 100, 500);
        assertThat(zoom.isFitted()).isFalse();
        assertThat(zoom.getScale()).isCloseTo(4 * 800.0 / 6000, within(EPSILON));
        double[] after = pictureAt(100, 500);
        assertThat(after[0]).isCloseTo(before[0], within(1e-6));
        assertThat(after[1]).isCloseTo(before[1], within(1e-6));
        // and again from there, about another point
        double[] second = pictureAt(700, 120);
        zoom.zoomBy(2.5, 700, 120);
        assertThat(pictureAt(700, 120)[0]).isCloseTo(second[0], within(1e-6));
        assertThat(pictureAt(700, 120)[1]).isCloseTo(second[1], within(1e-6));
    }

    @Test
    void zoomStopsAtEightHundredPercent() {
        zoom.zoomBy(1000, 400, 300);
        assertThat(zoom.getScale()).isEqualTo(ZoomModel.MAX_ZOOM);
        assertThat(zoom.getPercent()).isEqualTo(800);
        zoom.zoomIn();
        assertThat(zoom.getScale()).isEqualTo(ZoomModel.MAX_ZOOM);
    }

    @Test
    void zoomingOutPastFitLandsOnFit() {
        zoom.zoomBy(3, 200, 200);
        zoom.zoomBy(0.1, 200, 200);
        assertThat(zoom.isFitted()).isTrue();
        assertThat(zoom.getScale()).isCloseTo(zoom.getFitScale(), within(EPSILON));
        assertThat(zoom.getCentreX()).isEqualTo(3000);
    }

    @Test
    void zoomingOutToJustAboveFitSnapsToFit() {
        zoom.zoomBy(1.2, 400, 300);
        assertThat(zoom.isFitted()).isFalse();
        zoom.zoomBy(1 / 1.16, 0, 0);
        assertThat(zoom.isFitted()).as("within the snap of fit").isTrue();
    }

    @Test
    void aSmallZoomInFromFitIsKept() {
        zoom.zoomBy(1.02, 400, 300);
        assertThat(zoom.isFitted()).isFalse();
        assertThat(zoom.getScale()).isCloseTo(1.02 * 800.0 / 6000, within(EPSILON));
    }

    @Test
    void zoomOutWhileFittedStaysFitted() {
        zoom.zoomOut();
        assertThat(zoom.isFitted()).isTrue();
        assertThat(zoom.getScale()).isCloseTo(800.0 / 6000, within(EPSILON));
    }

    @Test
    void zoomInAndOutStepByTheSameFactorAboutTheCentre() {
        zoom.zoomIn();
        assertThat(zoom.getScale()).isCloseTo(ZoomModel.STEP * 800.0 / 6000, within(EPSILON));
        assertThat(zoom.getCentreX()).isCloseTo(3000, within(1e-6));
        assertThat(zoom.getCentreY()).isCloseTo(2000, within(1e-6));
        zoom.zoomIn();
        zoom.zoomOut();
        assertThat(zoom.getScale()).isCloseTo(ZoomModel.STEP * 800.0 / 6000, within(1e-9));
    }

    @Test
    void nonsenseFactorsAreIgnored() {
        zoom.zoomBy(0, 10, 10);
        zoom.zoomBy(-2, 10, 10);
        zoom.zoomBy(Double.NaN, 10, 10);
        zoom.zoomBy(Double.POSITIVE_INFINITY, 10, 10);
        assertThat(zoom.isFitted()).isTrue();
        assertThat(zoom.getScale()).isCloseTo(800.0 / 6000, within(EPSILON));
    }

    @Test
    void doubleClickGoesToTheOwnPixelsAtThePointClickedAndBack() {
        double[] before = pictureAt(650, 150);
        zoom.toggleActualSize(650, 150);
        assertThat(zoom.getScale()).isEqualTo(1);
        assertThat(zoom.getPercent()).isEqualTo(100);
        assertThat(pictureAt(650, 150)[0]).isCloseTo(before[0], within(1e-6));
        assertThat(pictureAt(650, 150)[1]).isCloseTo(before[1], within(1e-6));
        zoom.toggleActualSize(10, 10);
        assertThat(zoom.isFitted()).isTrue();
        assertThat(zoom.getCentreX()).isEqualTo(3000);
    }

    @Test
    void theZKeyTogglesAboutTheCentre() {
        zoom.toggleActualSize();
        assertThat(zoom.getScale()).isEqualTo(1);
        assertThat(zoom.getCentreX()).isCloseTo(3000, within(1e-6));
        assertThat(zoom.getCentreY()).isCloseTo(2000, within(1e-6));
        zoom.toggleActualSize();
        assertThat(zoom.isFitted()).isTrue();
    }

    @Test
    void onAHiDpiScreenOneHundredPercentIsOnePicturePixelPerDevicePixel() {
        zoom.setPixelRatio(2);
        zoom.toggleActualSize();
        assertThat(zoom.getScale()).isEqualTo(0.5);
        assertThat(zoom.getPercent()).isEqualTo(100);
        assertThat(zoom.devicePixelsPerPicturePixel()).isEqualTo(1);
        zoom.zoomBy(100, 0, 0);
        assertThat(zoom.getScale()).as("800 % in device pixels").isEqualTo(4);
    }

    @Test
    void aNonsensePixelRatioCountsAsOne() {
        zoom.setPixelRatio(0);
        assertThat(zoom.pixelRatio()).isEqualTo(1);
        zoom.setPixelRatio(-3);
        assertThat(zoom.pixelRatio()).isEqualTo(1);
    }

    @Test
    void aPictureSmallerThanItsFitDoublesInsteadOfShrinkingToOneHundredPercent() {
        zoom.setPicture(200, 100); // fit is 4x
        zoom.toggleActualSize();
        assertThat(zoom.getScale()).isCloseTo(8, within(EPSILON));
        assertThat(zoom.isFitted()).isFalse();
    }

    @Test
    void aTinyPictureCanStillBeZoomedPastEightHundredPercentOfItsPixelsNoFurtherThanFit() {
        zoom.setPicture(50, 25); // fit is 16x: beyond the 800 % cap, so fit is the whole range
        zoom.zoomIn();
        assertThat(zoom.isFitted()).isTrue();
        assertThat(zoom.getScale()).isCloseTo(16, within(EPSILON));
    }

    @Test
    void thePanIsClampedToThePicture() {
        zoom.toggleActualSize(); // 100 %: the view is 800 x 600 picture pixels
        zoom.panBy(100_000, 100_000);
        assertThat(zoom.getCentreX()).isEqualTo(400);
        assertThat(zoom.getCentreY()).isEqualTo(300);
        zoom.panBy(-100_000, -100_000);
        assertThat(zoom.getCentreX()).isEqualTo(6000 - 400);
        assertThat(zoom.getCentreY()).isEqualTo(4000 - 300);
    }

    @Test
    void aDragMovesThePictureWithThePointer() {
        zoom.zoomBy(4, 400, 300); // scale 0.5333
        double x = zoom.getCentreX();
        double y = zoom.getCentreY();
        zoom.panBy(40, -20);
        assertThat(zoom.getCentreX()).isCloseTo(x - 40 / zoom.getScale(), within(1e-6));
        assertThat(zoom.getCentreY()).isCloseTo(y + 20 / zoom.getScale(), within(1e-6));
    }

    @Test
    void anArrowKeyShowsMoreInItsDirection() {
        zoom.toggleActualSize();
        zoom.panStep(1, 0);
        assertThat(zoom.getCentreX()).isCloseTo(3000 + ZoomModel.PAN_STEP, within(1e-6));
        zoom.panStep(0, 1);
        assertThat(zoom.getCentreY()).isCloseTo(2000 + ZoomModel.PAN_STEP, within(1e-6));
        zoom.panStep(-1, -1);
        assertThat(zoom.getCentreX()).isCloseTo(3000, within(1e-6));
        assertThat(zoom.getCentreY()).isCloseTo(2000, within(1e-6));
    }

    @Test
    void aFittedPictureDoesNotPan() {
        zoom.panBy(300, 300);
        assertThat(zoom.getCentreX()).isEqualTo(3000);
        assertThat(zoom.getCentreY()).isEqualTo(2000);
    }

    @Test
    void aSideNarrowerThanTheViewStaysCentred() {
        // 1.5x fit: 6000 px wide as 1200 screen px (wider than 800), 4000 high as 800 (wider than 600)...
        zoom.setPicture(6000, 1000); // fit 800/6000: 133 px high in a 600 px viewport
        zoom.zoomBy(2, 400, 0);
        // 267 px high, still shorter than the viewport: vertically centred whatever the pan
        zoom.panBy(0, 500);
        assertThat(zoom.getCentreY()).isEqualTo(500);
        ZoomModel.Placement placement = zoom.placement();
        assertThat(placement.targetY()).isCloseTo((600 - 1000 * zoom.getScale()) / 2, within(1e-6));
        assertThat(placement.sourceHeight()).isEqualTo(1000);
    }

    @Test
    void aNewPictureReturnsToFit() {
        zoom.zoomBy(5, 10, 10);
        zoom.setPicture(4000, 3000);
        assertThat(zoom.isFitted()).isTrue();
        assertThat(zoom.getScale()).isCloseTo(0.2, within(EPSILON));
        assertThat(zoom.getCentreX()).isEqualTo(2000);
        assertThat(zoom.getCentreY()).isEqualTo(1500);
        assertThat(zoom.pictureWidth()).isEqualTo(4000);
        assertThat(zoom.pictureHeight()).isEqualTo(3000);
    }

    @Test
    void aFittedPictureFollowsTheViewportAndAZoomedOneKeepsItsScale() {
        zoom.setViewport(1200, 600);
        assertThat(zoom.getScale()).isCloseTo(600.0 / 4000, within(EPSILON));
        assertThat(zoom.viewportWidth()).isEqualTo(1200);
        assertThat(zoom.viewportHeight()).isEqualTo(600);
        zoom.toggleActualSize();
        zoom.setViewport(1000, 500);
        assertThat(zoom.getScale()).isEqualTo(1);
        assertThat(zoom.isFitted()).isFalse();
    }

    @Test
    void withoutAPictureOrAViewportNothingZooms() {
        zoom.setPicture(0, 0);
        zoom.zoomIn();
        zoom.toggleActualSize();
        assertThat(zoom.isFitted()).isTrue();
        assertThat(zoom.getScale()).isEqualTo(1);
        zoom.setPicture(6000, 4000);
        zoom.setViewport(0, 0);
        zoom.zoomIn();
        assertThat(zoom.isFitted()).isTrue();
        zoom.setViewport(-5, -5);
        assertThat(zoom.viewportWidth()).isZero();
        zoom.setPicture(-1, -1);
        assertThat(zoom.pictureWidth()).isZero();
    }

    @Test
    void thePlacementDrawsTheVisiblePartOfThePictureOverTheViewport() {
        ZoomModel.Placement fitted = zoom.placement();
        assertThat(fitted.sourceX()).isZero();
        assertThat(fitted.sourceWidth()).isEqualTo(6000);
        assertThat(fitted.sourceHeight()).isEqualTo(4000);
        assertThat(fitted.targetX()).isCloseTo(0, within(1e-9));
        assertThat(fitted.targetWidth()).isCloseTo(800, within(1e-9));
        assertThat(fitted.targetY()).isCloseTo((600 - 4000 * 800.0 / 6000) / 2, within(1e-9));
        assertThat(fitted.targetHeight()).isCloseTo(4000 * 800.0 / 6000, within(1e-9));

        zoom.toggleActualSize(); // 100 % at the centre
        ZoomModel.Placement actual = zoom.placement();
        assertThat(actual.sourceX()).isCloseTo(2600, within(1e-9));
        assertThat(actual.sourceY()).isCloseTo(1700, within(1e-9));
        assertThat(actual.sourceWidth()).isCloseTo(800, within(1e-9));
        assertThat(actual.sourceHeight()).isCloseTo(600, within(1e-9));
        assertThat(actual.targetX()).isCloseTo(0, within(1e-9));
        assertThat(actual.targetY()).isCloseTo(0, within(1e-9));
        assertThat(actual.targetWidth()).isCloseTo(800, within(1e-9));
        assertThat(actual.targetHeight()).isCloseTo(600, within(1e-9));
    }

    // --- the sharp region

    @Test
    void nothingIsDecodedWhileFittedOrWhileThePreviewIsSharpEnough() {
        assertThat(zoom.regionToDecode(null, 0.1, Long.MAX_VALUE)).isEmpty();
        zoom.zoomBy(1.5, 400, 300); // 0.2 device px per picture px
        assertThat(zoom.regionToDecode(null, 0.2, Long.MAX_VALUE)).as("the preview has that much").isEmpty();
        assertThat(zoom.regionToDecode(null, 0.195, Long.MAX_VALUE)).as("within the snap").isEmpty();
        assertThat(zoom.regionToDecode(null, 0.15, Long.MAX_VALUE)).isPresent();
    }

    @Test
    void aPreviewAtItsOwnPixelsNeverNeedsARegionEvenBeyondOneHundredPercent() {
        zoom.zoomBy(50, 400, 300); // 667 %
        assertThat(zoom.regionToDecode(null, 1, Long.MAX_VALUE)).isEmpty();
        assertThat(zoom.regionToDecode(null, 0.5, Long.MAX_VALUE)).isPresent();
    }

    @Test
    void atOneHundredPercentTheViewAndAMarginAreDecodedAtEveryPixel() {
        zoom.toggleActualSize(); // view: 2600..3400 x 1700..2300
        RegionRequest request = zoom.regionToDecode(null, 0.25, Long.MAX_VALUE).orElseThrow();
        assertThat(request.subsampling()).isEqualTo(1);
        assertThat(request.region()).isEqualTo(new PixelRect(2500, 1625, 1000, 750));
        assertThat(request.bytes()).isEqualTo(1000L * 750 * 4);
    }

    @Test
    void atAQuarterOfTheOwnPixelsEveryFourthPixelIsRead() {
        zoom.zoomBy(0.25 / zoom.getScale(), 400, 300); // 25 %
        RegionRequest request = zoom.regionToDecode(null, 0.1, Long.MAX_VALUE).orElseThrow();
        assertThat(request.subsampling()).isEqualTo(4);
        zoom.zoomBy(0.3 / zoom.getScale(), 400, 300); // 30 %: every third pixel still gives one per device pixel
        assertThat(zoom.regionToDecode(null, 0.1, Long.MAX_VALUE).orElseThrow().subsampling()).isEqualTo(3);
    }

    @Test
    void theRegionStopsAtThePicturesEdges() {
        zoom.toggleActualSize();
        zoom.panBy(100_000, 100_000); // the top left corner
        RegionRequest request = zoom.regionToDecode(null, 0.25, Long.MAX_VALUE).orElseThrow();
        assertThat(request.region()).isEqualTo(new PixelRect(0, 0, 900, 675));
        zoom.panBy(-100_000, -100_000); // the bottom right corner
        assertThat(zoom.regionToDecode(null, 0.25, Long.MAX_VALUE).orElseThrow().region())
                .isEqualTo(new PixelRect(5100, 3325, 900, 675));
    }

    @Test
    void aRegionThatStillHoldsTheViewIsNotDecodedAgain() {
        zoom.toggleActualSize();
        RegionRequest onScreen = zoom.regionToDecode(null, 0.25, Long.MAX_VALUE).orElseThrow();
        zoom.panBy(90, 70); // within the margin
        assertThat(zoom.regionToDecode(onScreen, 0.25, Long.MAX_VALUE)).isEmpty();
        zoom.panBy(20, 0); // past it
        assertThat(zoom.regionToDecode(onScreen, 0.25, Long.MAX_VALUE)).isPresent();
    }

    @Test
    void aRegionAtOtherDetailIsDecodedAgain() {
        zoom.toggleActualSize();
        RegionRequest onScreen = zoom.regionToDecode(null, 0.1, Long.MAX_VALUE).orElseThrow();
        zoom.zoomBy(0.45, 400, 300); // 45 %: every second pixel
        Optional<RegionRequest> again = zoom.regionToDecode(onScreen, 0.1, Long.MAX_VALUE);
        assertThat(again).isPresent();
        assertThat(again.get().subsampling()).isEqualTo(2);
    }

    @Test
    void aRegionOverTheBudgetLosesItsMarginThenDetail() {
        zoom.toggleActualSize();
        long view = 800L * 600 * 4;
        RegionRequest noMargin = zoom.regionToDecode(null, 0.1, view).orElseThrow();
        assertThat(noMargin.region()).isEqualTo(new PixelRect(2600, 1700, 800, 600));
        assertThat(noMargin.subsampling()).isEqualTo(1);
        RegionRequest coarser = zoom.regionToDecode(null, 0.1, view / 4).orElseThrow();
        assertThat(coarser.subsampling()).isEqualTo(2);
        assertThat(coarser.bytes()).isLessThanOrEqualTo(view / 4);
        RegionRequest tiny = zoom.regionToDecode(null, 0.1, 0).orElseThrow();
        assertThat(tiny.decodedWidth()).isEqualTo(1);
        assertThat(tiny.decodedHeight()).isEqualTo(1);
    }

    @Test
    void aRegionRequestCountsItsDecodedPixels() {
        RegionRequest request = new RegionRequest(new PixelRect(10, 20, 101, 50), 2);
        assertThat(request.decodedWidth()).isEqualTo(51);
        assertThat(request.decodedHeight()).isEqualTo(25);
        assertThat(request.bytes()).isEqualTo(51L * 25 * 4);
        assertThat(request.contains(10, 20, 101, 50)).isTrue();
        assertThat(request.contains(9.5, 20, 10, 10)).isFalse();
        assertThat(request.contains(10, 19.5, 10, 10)).isFalse();
        assertThat(request.contains(10, 20, 101.5, 10)).isFalse();
        assertThat(request.contains(10, 20, 10, 50.5)).isFalse();
    }

    // --- edges

    @Test
    void aNewPixelRatioChangesTheLevelOfAZoomedPicture() {
        zoom.toggleActualSize();
        zoom.setPixelRatio(2);
        assertThat(zoom.getScale()).isEqualTo(1);
        assertThat(zoom.getPercent()).isEqualTo(200);
    }

    @Test
    void aPictureJustBelowItsOwnSizeWhenFittedDoublesRatherThanStepToOneHundredPercent() {
        zoom.setPicture(800 / 0.98, 100); // fit 0.98: 100 % is within a snap of it
        zoom.toggleActualSize();
        assertThat(zoom.getScale()).isCloseTo(1.96, within(1e-9));
    }

    @Test
    void aZeroFactorLeavesAZoomedPictureAlone() {
        zoom.zoomBy(3, 400, 300);
        double scale = zoom.getScale();
        zoom.zoomBy(0, 400, 300);
        assertThat(zoom.getScale()).isEqualTo(scale);
        assertThat(zoom.isFitted()).isFalse();
    }

    @Test
    void aZoomOutKeepsTheViewportsCentreStill() {
        zoom.zoomBy(6, 100, 100);
        double x = zoom.getCentreX();
        double y = zoom.getCentreY();
        zoom.zoomOut();
        assertThat(zoom.getCentreX()).isCloseTo(x, within(1e-6));
        assertThat(zoom.getCentreY()).isCloseTo(y, within(1e-6));
    }

    @Test
    void aFactorOfOneNearFitStaysWhereItIs() {
        zoom.zoomBy(1.02, 400, 300);
        zoom.zoomBy(1, 400, 300);
        assertThat(zoom.isFitted()).isFalse();
        assertThat(zoom.getScale()).isCloseTo(1.02 * 800.0 / 6000, within(EPSILON));
    }

    @Test
    void aPictureOrViewportWithOneSideZeroIsNeitherFittedToItNorZoomed() {
        for (double[] sizes : new double[][]{{0, 4000, 800, 600}, {6000, 0, 800, 600}, {6000, 4000, 0, 600}, {6000, 4000, 800, 0}}) {
            ZoomModel model = new ZoomModel();
            model.setViewport(sizes[2], sizes[3]);
            model.setPicture(sizes[0], sizes[1]);
            assertThat(model.getScale()).as("scale for %s", java.util.Arrays.toString(sizes)).isEqualTo(1);
            model.zoomIn();
            model.toggleActualSize(10, 10);
            assertThat(model.isFitted()).as("fitted for %s", java.util.Arrays.toString(sizes)).isTrue();
            assertThat(model.getScale()).isEqualTo(1);
        }
    }

    @Test
    void aRegionExactlyAtTheBudgetKeepsItsMargin() {
        zoom.toggleActualSize();
        RegionRequest request = zoom.regionToDecode(null, 0.25, 1000L * 750 * 4).orElseThrow();
        assertThat(request.region()).isEqualTo(new PixelRect(2500, 1625, 1000, 750));
    }

    @Test
    void aListenerToTheScaleSeesTheWholeNewState() {
        List<String> seen = new ArrayList<>();
        zoom.scaleProperty().addListener((observable, was, now) -> seen.add(zoom.isFitted() + " " + zoom.getPercent() + " " + zoom.getCentreX()));
        zoom.toggleActualSize(0, 0);
        assertThat(seen).containsExactly("false 100 400.0");
        zoom.fit();
        assertThat(seen).containsExactly("false 100 400.0", "true 13 3000.0");
    }

    @Test
    void everyChangeIsPublishedOnItsProperty() {
        List<String> changed = new ArrayList<>();
        zoom.scaleProperty().addListener(observable -> changed.add("scale"));
        zoom.centreXProperty().addListener(observable -> changed.add("x"));
        zoom.centreYProperty().addListener(observable -> changed.add("y"));
        zoom.fittedProperty().addListener(observable -> changed.add("fitted"));
        zoom.percentProperty().addListener(observable -> changed.add("percent"));
        zoom.placementProperty().addListener(observable -> changed.add("placement"));
        zoom.zoomBy(3, 100, 100);
        assertThat(changed).containsExactly("x", "y", "percent", "fitted", "scale", "placement");
        assertThat(zoom.placementProperty().get()).isEqualTo(zoom.placement());
        zoom.panBy(5, 5);
        assertThat(changed).as("a pan is one placement").containsExactly("x", "y", "percent", "fitted", "scale", "placement", "x", "y",
                "placement");
        assertThat(zoom.fittedProperty().get()).isFalse();
        assertThat(zoom.percentProperty().get()).isEqualTo(40);
        assertThat(zoom.scaleProperty().get()).isEqualTo(zoom.getScale());
        assertThat(zoom.centreXProperty().get()).isEqualTo(zoom.getCentreX());
        assertThat(zoom.centreYProperty().get()).isEqualTo(zoom.getCentreY());
    }
}
