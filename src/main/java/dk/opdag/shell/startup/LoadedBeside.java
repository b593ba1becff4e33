package dk.opdag.shell.startup;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Content read on a thread of its own beside the rest of the start, so the web server need not wait for it (the
 * first page is the login, which needs none of it). {@link #get()} waits for the read; a read that failed throws
 * its own exception there, and {@link ReadBesideStartCheck} waits for every {@link ReadBesideStart} so invalid
 * content still stops the start before the app is ready.
 */
public final class LoadedBeside<T> {

    private final CompletableFuture<T> value;

    private LoadedBeside(CompletableFuture<T> value) {
        this.value = value;
    }

    /** Starts {@code read} now on a daemon thread named {@code name}. */
    public static <T> LoadedBeside<T> start(String name, Supplier<T> read) {
        return new LoadedBeside<>(CompletableFuture.supplyAsync(read,
                task -> Thread.ofPlatform().daemon().name(name).start(task)));
    }

    /** Already read (tests, tools). */
    public static <T> LoadedBeside<T> of(T value) {
        return new LoadedBeside<>(CompletableFuture.completedFuture(value));
    }

    /** The content, once read. */
    public T get() {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
