package dk.opdag.shell.startup;

/** Content a feature reads beside the start ({@link LoadedBeside}); {@link ReadBesideStartCheck} waits for it. */
public interface ReadBesideStart {

    /** Waits until the content is read; throws what the read threw (invalid content stops the start). */
    void awaitRead();
}
