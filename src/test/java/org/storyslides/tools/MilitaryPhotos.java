package org.storyslides.tools;

import org.storyslides.tools.Gallery.Slide;
import org.storyslides.tools.Scene.Ground;
import org.storyslides.tools.Scene.Light;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * What each military photo shows, written by hand from its caption: the subject and place that
 * the card names, and the kind of scene that stands in for the photo. Keyed by image file name.
 * The subject and each comma-separated part of the place must occur in the caption (case aside),
 * and the date is read from the caption, so a card never says what its caption does not.
 */
final class MilitaryPhotos {

    record Entry(String subject, String place, Light light, Ground ground, Stage stage) {
    }

    /** A photo's card text and scene, checked against its caption. */
    record Card(String subject, String place, String date, Branch branch, Light light, Ground ground, Stage stage) {
    }

    /** The service that took the photo (from the credit), and its colour on the card. */
    enum Branch {
        NAVY("Navy", "U.S. NAVY", 0xE2B54A),
        AIR_FORCE("Air Force", "U.S. AIR FORCE", 0x72B4F2),
        ARMY("Army", "U.S. ARMY", 0xB5C267),
        MARINE_CORPS("Marine Corps", "U.S. MARINE CORPS", 0xE5483F);

        final String creditPrefix;
        final String label;
        final Color color;

        Branch(String creditPrefix, String label, int color) {
            this.creditPrefix = creditPrefix;
            this.label = label;
            this.color = new Color(color);
        }

        static Branch ofCredit(String credit) {
            for (Branch branch : values()) {
                if (credit != null && credit.startsWith(branch.creditPrefix + " photo")) {
                    return branch;
                }
            }
            throw new IllegalArgumentException("no service branch in credit '" + credit + "'");
        }
    }

    private static final Map<String, Entry> TABLE = Map.ofEntries(
            entry("01-f22-raptor-arabian-sea.jpg",
                    new Entry("F-22 Raptor", "Arabian Sea", Light.GOLDEN, Ground.AERIAL_SEA, Stage.FIGHTER_IN_FLIGHT)),
            entry("02-patrol-taqaddum.jpg",
                    new Entry("Perimeter Patrol", "Taqaddum, Iraq", Light.HAZE, Ground.DESERT, Stage.FOOT_PATROL)),
            entry("03-binoculars-eisenhower.jpg",
                    new Entry("Shipboard Binoculars", "Atlantic Ocean", Light.DAWN, Ground.OPEN_SEA, Stage.LOOKOUT)),
            entry("04-bulkeley-replenishment.jpg",
                    new Entry("Replenishment at Sea", "Persian Gulf", Light.HAZE, Ground.OPEN_SEA, Stage.REPLENISHMENT)),
            entry("05-training-missile-reagan.jpg",
                    new Entry("Training Missile", "Philippine Sea", Light.DAY, Ground.FLIGHT_DECK, Stage.MISSILE_CHECK)),
            entry("06-harbor-patrol-boat-bahrain.jpg",
                    new Entry("Harbor Patrol Boat", "Naval Support Activity Bahrain", Light.GOLDEN, Ground.PORT,
                            Stage.BOAT_ON_TRAILER)),
            entry("07-chinook-kahiltna-glacier.jpg",
                    new Entry("CH-47F Chinook", "Kahiltna Glacier, Alaska", Light.ARCTIC, Ground.GLACIER,
                            Stage.HELICOPTER_ON_GLACIER)),
            entry("08-kc135-over-turkey.jpg",
                    new Entry("KC-135 Stratotanker", "Turkey", Light.DAY, Ground.COUNTRY, Stage.TANKER_IN_FLIGHT)),
            entry("09-gonzalez-gulf-of-aden.jpg",
                    new Entry("Rigid-Hull Inflatable Boat", "Gulf of Aden", Light.DUSK, Ground.OPEN_SEA, Stage.BOAT_TEAM)),
            entry("10-goshawk-eisenhower.jpg",
                    new Entry("T-45C Goshawk", "Atlantic Ocean", Light.DAWN, Ground.FLIGHT_DECK, Stage.JET_ON_DECK)),
            entry("11-carney-breakaway.jpg",
                    new Entry("USS Carney", "Mediterranean Sea", Light.DAY, Ground.OPEN_SEA, Stage.BREAKAWAY)),
            entry("12-osprey-boxer.jpg",
                    new Entry("MV-22 Osprey", "Pacific Ocean", Light.GOLDEN, Ground.FLIGHT_DECK, Stage.TILTROTOR_ON_DECK)),
            entry("13-machine-gun-carl-vinson.jpg",
                    new Entry("Mark 38-25 mm Machine Gun", "San Diego", Light.TWILIGHT, Ground.CITY_HARBOR,
                            Stage.GUN_MAINTENANCE)),
            entry("14-antenna-repair-persian-gulf.jpg",
                    new Entry("Antenna System", "Persian Gulf", Light.HAZE, Ground.OPEN_SEA, Stage.ANTENNA_REPAIR)),
            entry("15-ross-sea-and-anchor.jpg",
                    new Entry("Sea-and-Anchor Detail", "Aksav, Turkey", Light.DAWN, Ground.COAST, Stage.LINE_HANDLING)),
            entry("16-ellam-signals-laramie.jpg",
                    new Entry("Boatswain\u2019s Mate", "Persian Gulf", Light.DUSK, Ground.OPEN_SEA, Stage.SIGNALLER)),
            entry("17-super-stallion-makin-island.jpg",
                    new Entry("CH-53E Super Stallion", "Pacific Ocean", Light.DAY, Ground.FLIGHT_DECK,
                            Stage.HELICOPTER_ON_DECK)),
            entry("18-stennis-flight-deck.jpg",
                    new Entry("Flight Deck", "Philippine Sea", Light.DUSK, Ground.FLIGHT_DECK, Stage.DECK_DIRECTOR)),
            entry("19-lassen-eastern-pacific.jpg",
                    new Entry("USS Lassen", "Eastern Pacific Ocean", Light.TWILIGHT, Ground.OPEN_SEA,
                            Stage.DESTROYER_PATROL)));

    private static final Pattern DATE = Pattern.compile(
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + " \\d{1,2}, \\d{4}");

    private MilitaryPhotos() {
    }

    /** The card for a slide; fails loudly if the table, the caption or the credit lacks anything. */
    static Card card(Slide slide) {
        Entry entry = TABLE.get(slide.fileName());
        if (entry == null) {
            throw new IllegalStateException("no hand-written entry for " + slide.fileName());
        }
        String caption = slide.captionText();
        requireInCaption(entry.subject(), caption, slide);
        for (String part : entry.place().split(", ")) {
            requireInCaption(part, caption, slide);
        }
        Matcher date = DATE.matcher(caption);
        if (!date.find()) {
            throw new IllegalStateException("no date (Month D, YYYY) in the caption of " + slide.fileName());
        }
        return new Card(entry.subject(), entry.place(), date.group(), Branch.ofCredit(slide.credit()),
                entry.light(), entry.ground(), entry.stage());
    }

    private static void requireInCaption(String words, String caption, Slide slide) {
        if (!caption.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("'" + words + "' is not in the caption of " + slide.fileName());
        }
    }
}
