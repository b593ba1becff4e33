package dk.opdag.materials;

import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.materials.extract.ExtractionLimits;
import dk.opdag.materials.extract.SandboxedExtractor;
import dk.opdag.materials.tags.TagSuggester;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The materials feature's settings: {@code opdag.materials.max-upload-mb} (default 50; at most the request ceiling {@code opdag.upload.max-request-size}),
 * {@code opdag.materials.extraction-timeout} (25 s), {@code opdag.materials.extraction-heap-mb} (384) and
 * {@code opdag.materials.parallel-extractions} (2 child processes at a time).
 */
@Configuration(proxyBeanMethods = false)
public class MaterialsConfig {

    @Bean
    SandboxedExtractor sandboxedExtractor(@Value("${opdag.materials.extraction-timeout:PT25S}") Duration timeout,
                                          @Value("${opdag.materials.extraction-heap-mb:384}") int heapMb,
                                          @Value("${opdag.materials.parallel-extractions:2}") int parallel) {
        ExtractionLimits d = ExtractionLimits.DEFAULT;
        return new SandboxedExtractor(new ExtractionLimits(timeout, heapMb, d.maxChars(), d.maxPages()), parallel);
    }

    @Bean
    TagSuggester tagSuggester(CurriculumStore store) {
        return new TagSuggester(store.curriculum());
    }
}
