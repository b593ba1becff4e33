package dk.opdag.shell.startup;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Before the app is ready: everything read beside the start is there, or the first error stops the start. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ReadBesideStartCheck implements ApplicationRunner {

    private final List<ReadBesideStart> reads;

    public ReadBesideStartCheck(List<ReadBesideStart> reads) {
        this.reads = reads;
    }

    @Override
    public void run(ApplicationArguments args) {
        reads.forEach(ReadBesideStart::awaitRead);
    }
}
