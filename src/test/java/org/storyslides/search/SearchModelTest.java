package org.storyslides.search;

import org.junit.jupiter.api.Test;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.i18n.Messages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

class SearchModelTest {

    static final String MILITARY = "military-photos-2016";
    static final String MILITARY_TITLE = "The best US military photos from 2016";

    /** The window's side: where it has been sent, and whether it was brought back. */
    static final class Target implements SearchTarget {
        final List<SearchPlace> shown = new ArrayList<>();
        int herePlaces;
        int broughtBack;

        @Override
        public void show(SearchPlace place) {
            shown.add(place);
        }

        @Override
        public Runnable here() {
            herePlaces++;
            return () -> broughtBack++;
        }
    }

    /** Runs what it is given when told to. */
    static final class Later implements Executor {
        final Queue<Runnable> waiting = new ArrayDeque<>();

        @Override
        public void execute(Runnable work) {
            waiting.add(work);
        }

        void runAll() {
            while (!waiting.isEmpty()) {
                waiting.poll().run();
            }
        }
    }

    final Content content = SearchIndexBuilderTest.opened(BundledContent.folder());
    final Messages messages = new Messages(Locale.ENGLISH);
    final Target target = new Target();
    final Executor now = Runnable::run;

    SearchModel model() {
        return new SearchModel(content, target, messages, now, now, now);
    }

    static SearchPlace.Slide military(int slide) {
        return new SearchPlace.Slide(MILITARY, MILITARY_TITLE, slide);
    }

    @Test
    void typingGivesTheResultsAndSelectsTheFirstWithoutMovingTheWindow() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("chinook");
        assertThat(search.getResults()).extracting(SearchResult::place).containsExactly(military(7));
        assertThat(search.getSelected()).isZero();
        assertThat(target.shown).isEmpty();
        assertThat(search.statusProperty().get()).isEqualTo("1 of 1");
    }

    @Test
    void enterGoesToTheSelectedResultThenStepsOnAndWrapsAround() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("mattis");
        int count = search.getResults().size();
        assertThat(count).isGreaterThan(3);
        search.goNext();
        search.goNext();
        assertThat(target.shown).containsExactly(search.getResults().get(0).place(), search.getResults().get(1).place());
        assertThat(search.getSelected()).isEqualTo(1);
        search.goPrevious();
        search.goPrevious();
        assertThat(search.getSelected()).isEqualTo(count - 1);
        assertThat(target.shown.get(3)).isEqualTo(search.getResults().get(count - 1).place());
    }

    @Test
    void shiftEnterFirstGoesToTheSelectedResult() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("mattis");
        search.goPrevious();
        assertThat(target.shown).containsExactly(search.getResults().get(0).place());
    }

    @Test
    void downAndUpShowEachResultAsALookAndEscBringsTheWindowBack() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("mattis");
        search.lookNext();
        search.lookNext();
        search.lookPrevious();
        assertThat(search.getSelected()).isEqualTo(1);
        assertThat(target.shown).hasSize(3);
        search.close();
        assertThat(search.isOpen()).isFalse();
        assertThat(target.broughtBack).isEqualTo(1);
    }

    @Test
    void upFromTheFirstResultWrapsToTheLast() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("mattis");
        search.lookPrevious();
        assertThat(search.getSelected()).isEqualTo(search.getResults().size() - 1);
    }

    @Test
    void escAfterGoingToAResultStaysThere() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("mattis");
        search.lookNext();
        search.goNext();
        search.close();
        assertThat(target.broughtBack).isZero();
    }

    @Test
    void escWithoutLookingMovesNothing() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("mattis");
        search.close();
        assertThat(target.broughtBack).isZero();
        assertThat(target.shown).isEmpty();
    }

    @Test
    void aClickGoesToThatResultAndCloses() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("mattis");
        search.lookNext(); // a look first: the pick still keeps the window where it was sent
        search.pick(2);
        assertThat(target.shown).last().isEqualTo(search.getResults().get(2).place());
        assertThat(search.getSelected()).isEqualTo(2);
        assertThat(search.isOpen()).isFalse();
        assertThat(target.broughtBack).isZero();
    }

    @Test
    void aClickOnTheFirstResultGoesThere() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("chinook");
        search.pick(0);
        assertThat(target.shown).containsExactly(military(7));
    }

    @Test
    void aClickElsewhereClosesLeavingTheWindowWhereItWasSent() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("mattis");
        search.lookNext();
        search.leave();
        assertThat(search.isOpen()).isFalse();
        assertThat(target.broughtBack).isZero();
    }

    @Test
    void thePropertiesSayWhatTheGettersSay() {
        SearchModel search = model();
        assertThat(search.openProperty().get()).isFalse();
        search.open();
        search.queryProperty().set("chinook");
        assertThat(search.openProperty().get()).isTrue();
        assertThat(search.resultsProperty().get()).isEqualTo(search.getResults()).hasSize(1);
        assertThat(search.selectedProperty().get()).isZero();
        assertThat(search.answeredProperty().get()).isEqualTo("chinook");
    }

    @Test
    void aClickOutsideTheResultsDoesNothing() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("chinook");
        search.pick(1);
        search.pick(-1);
        assertThat(target.shown).isEmpty();
        assertThat(search.isOpen()).isTrue();
    }

    @Test
    void reopeningRemembersTheWindowsPlaceAfresh() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("mattis");
        search.goNext();
        search.close();
        search.open();
        search.lookNext();
        search.close();
        assertThat(target.herePlaces).isEqualTo(2);
        assertThat(target.broughtBack).isEqualTo(1);
    }

    @Test
    void openingTwiceKeepsTheFirstPlace() {
        SearchModel search = model();
        search.open();
        search.open();
        assertThat(target.herePlaces).isEqualTo(1);
        search.close();
        search.close();
        assertThat(search.isOpen()).isFalse();
    }

    @Test
    void keysWithNoResultsDoNothing() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("zzzzqx");
        search.lookNext();
        search.lookPrevious();
        search.goNext();
        search.goPrevious();
        assertThat(target.shown).isEmpty();
        assertThat(search.getSelected()).isEqualTo(-1);
        assertThat(search.statusProperty().get()).isEqualTo("No results");
    }

    @Test
    void f3WithNothingSearchedOpensTheField() {
        SearchModel search = model();
        search.goNext();
        assertThat(search.isOpen()).isTrue();
    }

    @Test
    void f3AfterTheFieldClosedGoesOnThroughTheLastResults() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("mattis");
        search.goNext();
        search.close();
        search.goNext();
        assertThat(search.isOpen()).isFalse();
        assertThat(target.shown).containsExactly(search.getResults().get(0).place(), search.getResults().get(1).place());
    }

    @Test
    void f3WithAQueryThatFoundNothingDoesNotReopenTheField() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("zzzzqx");
        search.close();
        search.goNext();
        assertThat(search.isOpen()).isFalse();
    }

    @Test
    void aNewQuerySelectsItsFirstResultAndStartsTheStepsAgain() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("mattis");
        search.goNext();
        search.goNext();
        search.queryProperty().set("chinook");
        assertThat(search.getSelected()).isZero();
        search.goNext();
        assertThat(target.shown).last().isEqualTo(military(7));
    }

    @Test
    void clearingTheFieldClearsTheResults() {
        SearchModel search = model();
        search.open();
        search.queryProperty().set("mattis");
        search.queryProperty().set("  ");
        assertThat(search.getResults()).isEmpty();
        assertThat(search.getSelected()).isEqualTo(-1);
        assertThat(search.statusProperty().get()).isEmpty();
    }

    @Test
    void theIndexIsReadInTheBackgroundTheFirstTimeSearchOpensOnly() {
        Later background = new Later();
        SearchModel search = new SearchModel(content, target, messages, background, now, now);
        assertThat(background.waiting).isEmpty(); // nothing read before search is wanted
        search.open();
        assertThat(background.waiting).hasSize(1);
        search.close();
        search.open();
        assertThat(background.waiting).hasSize(1);
        search.queryProperty().set("chinook");
        assertThat(search.getResults()).isEmpty(); // not read yet
        assertThat(search.statusProperty().get()).isEqualTo("No results \u00B7 reading the galleries (0 of 2)");
        background.runAll();
        assertThat(search.getResults()).extracting(SearchResult::place).containsExactly(military(7));
        assertThat(search.indexProperty().get().complete()).isTrue();
        assertThat(search.statusProperty().get()).isEqualTo("1 of 1");
    }

    @Test
    void resultsGrowAsEachGalleryIsReadAndTheSelectionHolds() {
        List<SearchIndex> stages = new ArrayList<>();
        new SearchIndexBuilder().build(content, stages::add);
        List<java.util.function.Consumer<SearchIndex>> handOut = new ArrayList<>();
        SearchModel search = new SearchModel(content, target, messages, now, now, now, (read, progress) -> handOut.add(progress));
        search.open();
        search.queryProperty().set("mattis");
        handOut.get(0).accept(stages.get(0)); // the story
        int inStory = search.getResults().size();
        search.lookNext();
        assertThat(search.getSelected()).isEqualTo(1);
        assertThat(search.statusProperty().get()).isEqualTo("2 of " + inStory + " \u00B7 reading the galleries (0 of 2)");
        handOut.get(0).accept(stages.get(1));
        handOut.get(0).accept(stages.get(2));
        assertThat(search.getResults().size()).isGreaterThan(inStory);
        assertThat(search.getSelected()).isEqualTo(1);
        assertThat(search.statusProperty().get()).isEqualTo("2 of " + search.getResults().size());
    }

    @Test
    void aStageReadWhileTheFieldIsBlankAsksNothing() {
        List<java.util.function.Consumer<SearchIndex>> handOut = new ArrayList<>();
        Later queries = new Later();
        SearchModel search = new SearchModel(content, target, messages, now, queries, now, (read, progress) -> handOut.add(progress));
        search.open();
        handOut.get(0).accept(new SearchIndexBuilderTest().builtStory(content));
        assertThat(queries.waiting).isEmpty();
    }

    @Test
    void anAnswerToAQuerySinceRetypedIsDropped() {
        Later queries = new Later();
        SearchModel search = new SearchModel(content, target, messages, now, queries, now);
        search.open();
        search.queryProperty().set("chinook");
        search.queryProperty().set("raptor");
        queries.runAll();
        assertThat(search.getResults()).hasSize(1);
        assertThat(search.getResults().get(0).snippet().text()).contains("Raptor");
    }

    @Test
    void theStatusSaysWhatCouldNotBeRead() {
        SearchIndex index = new SearchIndex(List.of(), 5, 5, 1, 2);
        assertThat(SearchStatus.text(messages, "x", 3, -1, index))
                .isEqualTo("3 results \u00B7 1 gallery could not be read \u00B7 2 galleries left out: more text than search holds");
        assertThat(SearchStatus.text(messages, "", 0, -1, new SearchIndex(List.of(), 3, 1, 2, 1)))
                .isEqualTo("reading the galleries (1 of 3) \u00B7 2 galleries could not be read \u00B7 1 gallery left out: more text than search holds");
        assertThat(SearchStatus.text(messages, "x", 1, -1, new SearchIndex(List.of(), 1, 1, 0, 0))).isEqualTo("1 result");
    }
}
