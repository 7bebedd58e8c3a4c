package org.storyslides.hostile;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The hostile suite proves nothing about memory unless it runs in the heap the app runs in: it checks that it does. */
class AppMemorySettingsTest {

    @Test
    void theHostileSuiteRunsWithTheAppsOwnMaximumHeap() {
        String options = System.getProperty("storyslides.app.jvm.options");
        Matcher heap = Pattern.compile("-Xmx(\\d+)m").matcher(options);
        assertThat(heap.find()).as("the app's options name its heap: " + options).isTrue();
        long appHeap = Long.parseLong(heap.group(1)) << 20;
        // the JVM reports a little less than -Xmx (a survivor space), never more
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(appHeap).isGreaterThan(appHeap * 9 / 10);
    }
}
