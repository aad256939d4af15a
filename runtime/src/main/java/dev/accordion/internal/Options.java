package dev.accordion.internal;

import dev.accordion.BackfillProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * What {@code Accordion.Builder} collected.
 *
 * @param directory read migrations from this folder instead of the class path; may be null
 * @param contractsAtBoot null: the dialect's default
 * @param dialect a dialect name overriding the connected database's; may be null
 * @param batchSizeOverride replaces every backfill's batch size; may be null
 * @param publisher receives transition id to verified-or-not after each command
 * @param target the newest version to apply, as Flyway's {@code target}; null for all
 * @param lockWait how long to wait for another instance's migration lock
 * @param lockTimeout how long one DDL or online statement may wait for a table lock
 * @param lockRetries how many times a statement that timed out waiting for a lock is tried again
 * @param connectionRetries how many times a command that lost its connection runs again
 */
public record Options(
    DataSource dataSource,
    String location,
    ClassLoader classLoader,
    Path directory,
    Boolean contractsAtBoot,
    Duration backfillPause,
    Duration backfillBatchTime,
    String dialect,
    Integer batchSizeOverride,
    Consumer<BackfillProgress> afterBatch,
    Consumer<Map<String, Boolean>> publisher,
    String target,
    Duration lockWait,
    Duration lockTimeout,
    int lockRetries,
    int connectionRetries) {}
