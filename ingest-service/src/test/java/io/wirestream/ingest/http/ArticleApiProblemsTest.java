package io.wirestream.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.contract.ArticleIds;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.auth.SourceAuthenticator;
import io.wirestream.ingest.format.ParserRegistry;
import io.wirestream.ingest.idempotency.AcceptedLedger;
import io.wirestream.ingest.intake.ArticleIntake;
import io.wirestream.ingest.intake.PreparedArticle;
import io.wirestream.ingest.kafka.RawArticlePublisher;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.support.SendResult;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The HTTP contract of the push API: statuses, problem+json bodies and type URIs. Kafka is out of scope here. */
@WebMvcTest(properties = {
        "wirestream.ingest.sources.demo.api-key-sha256=cd577fe2561ebff23505db0bb006300c7cdecbd46bc0e03c449afafaca2c25bf",
        "wirestream.ingest.max-payload-size=1KB",
        "wirestream.ingest.article-base-url=https://news.example.org/v1/articles/",
        "spring.mvc.problemdetails.enabled=true",
        "wirestream.ingest.max-decompressed-size=4KB",
        "wirestream.ingest.max-batch-items=3",
        "wirestream.ingest.data-dir=target/ingest-data-${random.uuid}"})
@Import({ArticlePush.class, ArticleIntake.class, ParserRegistry.class, AcceptedLedger.class, io.wirestream.ingest.datadir.DataDirLock.class, io.wirestream.ingest.accept.ArticleAcceptor.class, io.wirestream.ingest.accept.AcceptedSummary.class, SourceAuthenticator.class, io.wirestream.ingest.ratelimit.SourceRateLimiter.class,
        ArticleApiProblemsTest.Config.class})
class ArticleApiProblemsTest {

    private static final String KEY = "demo-secret";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties({IngestProperties.class, io.wirestream.ingest.accept.AuditProperties.class})
    static class Config {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @MockitoBean
    RawArticlePublisher publisher;

    @Test
    void noCredentialsIs401WithBearerChallenge() throws Exception {
        expectProblem(mvc.perform(post("/v1/articles").contentType(MediaType.TEXT_PLAIN).content("story")),
                401, "unauthenticated")
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-API-Key")));
        expectProblem(mvc.perform(post("/v1/articles").header(HttpHeaders.AUTHORIZATION, "Basic ZGVtbzpkZW1v")
                .contentType(MediaType.TEXT_PLAIN).content("story")), 401, "unauthenticated");
        verify(publisher, never()).publish(any());
    }

    @Test
    void unknownKeyIs403() throws Exception {
        expectProblem(mvc.perform(post("/v1/articles").header("X-API-Key", "wrong")
                .contentType(MediaType.TEXT_PLAIN).content("story")), 403, "forbidden");
        expectProblem(mvc.perform(post("/v1/articles").header(HttpHeaders.AUTHORIZATION, "Bearer wrong")
                .contentType(MediaType.TEXT_PLAIN).content("story")), 403, "forbidden");
        assertThat(meters.counter("wirestream.ingest.rejected", "reason", "forbidden").count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void authIsCheckedBeforeTheContentType() throws Exception {
        expectProblem(mvc.perform(post("/v1/articles").contentType(MediaType.APPLICATION_XML).content("<a/>")),
                401, "unauthenticated");
    }

    @Test
    void unsupportedMediaTypesAre415() throws Exception {
        expectProblem(mvc.perform(authed().contentType(MediaType.IMAGE_PNG).content("<nitf/>")),
                415, "unsupported-media-type")
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("image/png")));
        expectProblem(mvc.perform(authed().contentType(MediaType.APPLICATION_XML).content("<catalog/>")),
                415, "unknown-format")
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("<catalog>")));
        expectProblem(mvc.perform(authed().header(HttpHeaders.CONTENT_TYPE, "text/plain; charset=x-no-such-charset")
                .content("story")), 415, "unsupported-media-type");
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        expectProblem(mvc.perform(authed().contentType(MediaType.TEXT_PLAIN).content("x".repeat(1025))),
                413, "payload-too-large")
                .andExpect(jsonPath("$.limitBytes").value(1024));
        verify(publisher, never()).publish(any());
    }

    @Test
    void malformedNinjsIs400() throws Exception {
        expectProblem(mvc.perform(authed().contentType(MediaType.APPLICATION_JSON).content("{\"headlines\": [")),
                400, "malformed");
        // An array is a batch: each element that is no ninjs object gets its own problem.
        mvc.perform(authed().contentType(MediaType.APPLICATION_JSON).content("[1, 2]"))
                .andExpect(status().is(207))
                .andExpect(jsonPath("$.refused").value(2))
                .andExpect(jsonPath("$.items[1].status").value(400))
                .andExpect(jsonPath("$.items[1].problem.type").value("https://wirestream.io/problems/malformed"));
        expectProblem(mvc.perform(authed().contentType(MediaType.APPLICATION_JSON).content("{\"uri\": \"urn:x\"}")),
                400, "malformed")
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("neither a headline")));
    }

    @Test
    void emptyBodyIs400() throws Exception {
        expectProblem(mvc.perform(authed().contentType(MediaType.TEXT_PLAIN).content("   ")), 400, "malformed");
    }

    @Test
    void invalidBytesAre400NamingTheOffset() throws Exception {
        byte[] body = {'o', 'k', ' ', (byte) 0xFF, '!'};
        expectProblem(mvc.perform(authed().contentType("text/plain;charset=UTF-8").content(body)),
                400, "invalid-encoding")
                .andExpect(jsonPath("$.byteOffset").value(3))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("byte offset 3")));
    }

    @Test
    void springsOwnErrorsAreProblemsToo() throws Exception {
        expectProblem(mvc.perform(get("/v1/articles").header("X-API-Key", KEY)), 405, "method-not-allowed")
                .andExpect(header().string(HttpHeaders.ALLOW, "POST"))
                .andExpect(jsonPath("$.instance").value("/v1/articles"));
        mvc.perform(options("/v1/articles")).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ALLOW, "POST, OPTIONS"));
        expectProblem(mvc.perform(get("/nothing-here")), 404, "not-found");
        // Under /v1 an unauthenticated caller learns nothing about which paths exist.
        expectProblem(mvc.perform(get("/v1/nothing-here")), 401, "unauthenticated");
    }

    @Test
    void kafkaNotTakingTheWriteIs503WithRetryAfter() throws Exception {
        IngestException unavailable = new IngestException(Problem.KAFKA_UNAVAILABLE, "Kafka did not acknowledge.");
        unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        when(publisher.publish(any())).thenThrow(unavailable);

        expectProblem(mvc.perform(authed().contentType(MediaType.TEXT_PLAIN).content("A story.")),
                503, "kafka-unavailable")
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION));
    }

    @Test
    void acknowledgedArticleIs202WithLocationAndId() throws Exception {
        ArgumentCaptor<PreparedArticle> sent = ArgumentCaptor.forClass(PreparedArticle.class);
        when(publisher.publish(sent.capture())).thenAnswer(call -> acknowledged(call.getArgument(0)));
        String text = "OSLO, March 14 (Nordwire) -- A short story.";
        String id = ArticleIds.forContent("demo", ArticleIds.sha256(text));

        mvc.perform(authed().contentType(MediaType.TEXT_PLAIN).content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted())
                .andExpect(header().string(HttpHeaders.LOCATION, "https://news.example.org/v1/articles/" + id))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.source").value("demo"))
                .andExpect(jsonPath("$.location").value("https://news.example.org/v1/articles/" + id));

        assertThat(sent.getValue().article().source()).isEqualTo("demo");
        assertThat(sent.getValue().article().payload()).isEqualTo(text);
        assertThat(meters.counter("wirestream.ingest.accepted", "source", "demo", "format", "text").count()).isEqualTo(1);
    }

    private static SendResult<String, RawArticle> acknowledged(PreparedArticle prepared) {
        return new SendResult<>(new ProducerRecord<>(Topics.RAW, prepared.key(), prepared.article()),
                new RecordMetadata(new TopicPartition(Topics.RAW, 0), 0, 0, 0, 0, 0));
    }

    private static MockHttpServletRequestBuilder authed() {
        return post("/v1/articles").header(HttpHeaders.AUTHORIZATION, "Bearer " + KEY);
    }

    private static ResultActions expectProblem(ResultActions result, int status, String kind) throws Exception {
        return result
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("https://wirestream.io/problems/" + kind))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
