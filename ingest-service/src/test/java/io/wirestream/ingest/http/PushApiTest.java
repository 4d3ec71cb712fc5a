package io.wirestream.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.auth.SourceAuthenticator;
import io.wirestream.ingest.format.ParserRegistry;
import io.wirestream.ingest.format.Samples;
import io.wirestream.ingest.idempotency.AcceptedLedger;
import io.wirestream.ingest.intake.ArticleIntake;
import io.wirestream.ingest.intake.PreparedArticle;
import io.wirestream.ingest.kafka.RawArticlePublisher;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * The push API over every format: batches (207), repeats (200), gzip, and the hostile-input
 * suite. Kafka is replaced here because the subject is the HTTP contract; IngestApiIT covers the
 * same paths against a real broker.
 */
@WebMvcTest(properties = {
        "wirestream.ingest.sources.demo.api-key-sha256=cd577fe2561ebff23505db0bb006300c7cdecbd46bc0e03c449afafaca2c25bf",
        "wirestream.ingest.max-payload-size=64KB",
        "wirestream.ingest.sources.slow.api-key-sha256=02319493f88f3b483343e64ba47846673684e565f0940c5d8b351f451bcb179a",
        "wirestream.ingest.sources.slow.rate-limit.requests=2",
        "wirestream.ingest.sources.slow.rate-limit.per=1h",
        "wirestream.ingest.max-decompressed-size=256KB",
        "wirestream.ingest.max-batch-items=10",
        "wirestream.ingest.data-dir=target/ingest-data-${random.uuid}",
        "spring.mvc.problemdetails.enabled=true"})
@Import({ArticlePush.class, ArticleIntake.class, ParserRegistry.class, AcceptedLedger.class, io.wirestream.ingest.datadir.DataDirLock.class, io.wirestream.ingest.accept.ArticleAcceptor.class, io.wirestream.ingest.accept.AcceptedSummary.class, SourceAuthenticator.class, io.wirestream.ingest.ratelimit.SourceRateLimiter.class,
        PushApiTest.Config.class})
class PushApiTest {

    private static final String KEY = "demo-secret";

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

    @MockitoBean
    RawArticlePublisher publisher;

    @Autowired
    io.wirestream.ingest.accept.AcceptedSummary summary;

    private final ArgumentCaptor<PreparedArticle> sent = ArgumentCaptor.forClass(PreparedArticle.class);

    @BeforeEach
    void acknowledgeEverything() {
        reset(publisher);
        when(publisher.publish(sent.capture())).thenAnswer(call -> acknowledged(call.getArgument(0)));
    }

    @Test
    void everyFormatIsReadFromItsContent() throws Exception {
        record Case(String type, byte[] body, WireFormat format) {
        }
        for (Case c : List.of(
                new Case("application/xml", Samples.ownBytes("nordwire-cod-quota.nitf.xml"), WireFormat.NITF),
                new Case("application/octet-stream", Samples.ownBytes("nordwire-cod.iptc7901.txt"), WireFormat.IPTC_7901),
                new Case("text/xml", unique("<newsItem guid='g-%s' version='1'><contentMeta><headline>H</headline>"
                        + "</contentMeta></newsItem>"), WireFormat.NEWSML_G2),
                new Case("text/plain", unique("Just a story %s."), WireFormat.TEXT))) {
            mvc.perform(authed().header(HttpHeaders.CONTENT_TYPE, c.type()).content(c.body()))
                    .andExpect(status().isAccepted());
            assertThat(sent.getValue().article().format()).as(c.type()).isEqualTo(c.format());
        }
        assertThat(sent.getAllValues().getFirst().article().provider().headline())
                .isEqualTo("Norway and Russia agree cut to Barents Sea cod quota as stocks shrink");
    }

    @Test
    void newsMessageIsAnsweredItemByItem() throws Exception {
        mvc.perform(authed().contentType(MediaType.APPLICATION_XML).content(
                        Samples.own("nordwire-message.newsml-g2.xml").replace("nordwire.example:", "nw-" + UUID.randomUUID() + ":")))
                .andExpect(status().is(207))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.format").value("newsml_g2"))
                .andExpect(jsonPath("$.accepted").value(3))
                .andExpect(jsonPath("$.refused").value(2))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.items[0].status").value(202))
                .andExpect(jsonPath("$.items[0].id").isNotEmpty())
                .andExpect(jsonPath("$.items[0].location").isNotEmpty())
                .andExpect(jsonPath("$.items[3].status").value(415))
                .andExpect(jsonPath("$.items[3].problem.type").value("https://wirestream.io/problems/unknown-format"))
                .andExpect(jsonPath("$.items[4].status").value(400))
                .andExpect(jsonPath("$.items[4].problem.type").value("https://wirestream.io/problems/malformed"));
        verify(publisher, times(3)).publish(any());
        assertThat(sent.getAllValues()).extracting(p -> p.article().provider().pubStatus())
                .containsExactly("usable", "usable", "canceled");
    }

    @Test
    void samePushTwiceIsAcceptedOnceAndAnswered200WithTheFirstId() throws Exception {
        String guid = "urn:nordwire:repeat:" + UUID.randomUUID();
        String json = "{\"uri\":\"" + guid + "\",\"version\":1,\"headlines\":[{\"value\":\"Once\"}]}";
        String id = ArticleIds.forProviderItem("demo", guid);
        summary.drain();
        mvc.perform(authed().contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.duplicate").value(false));
        // Same guid and version, different bytes (re-serialised by the sender): still the same item.
        mvc.perform(authed().contentType(MediaType.APPLICATION_JSON).content(json.replace(",", " ,")))
                .andExpect(status().isOk())
                .andExpect(content().string("{\"id\":\"" + id + "\",\"source\":\"demo\",\"location\":"
                        + "\"http://localhost:8083/v1/articles/" + id + "\",\"duplicate\":true}"))
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/json"))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.duplicate").value(true))
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost:8083/v1/articles/" + id));
        verify(publisher, times(1)).publish(any());
        // The INFO summary counts what the per-article log line used to tell.
        assertThat(summary.drain()).containsExactly(
                new io.wirestream.ingest.accept.AcceptedSummary.Line("demo", 1, java.util.Map.of(WireFormat.NINJS, 1L), 1));
        // A new version is new.
        mvc.perform(authed().contentType(MediaType.APPLICATION_JSON).content(json.replace("\"version\":1", "\"version\":2")))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.id").value(id));
        verify(publisher, times(2)).publish(any());
    }

    @Test
    void idempotencyKeyMakesADifferentBodyARepeat() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(authed().header("Idempotency-Key", key).contentType(MediaType.TEXT_PLAIN)
                        .content("First attempt " + key))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        mvc.perform(authed().header("Idempotency-Key", key).contentType(MediaType.TEXT_PLAIN)
                        .content("Retry with a changed timestamp " + key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(com.jayway.jsonpath.JsonPath.<String>read(first, "$.id")));
        verify(publisher, times(1)).publish(any());
    }

    @Test
    void repeatedBatchItemsAre200InsideThe207() throws Exception {
        String json = new String(unique("[{\"uri\":\"urn:b:%s:1\",\"headline\":\"One\"},{\"uri\":\"urn:b:%<s:2\",\"headline\":\"Two\"}]"), StandardCharsets.UTF_8);
        mvc.perform(authed().contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().is(207))
                .andExpect(jsonPath("$.accepted").value(2));
        mvc.perform(authed().contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().is(207))
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.duplicates").value(2))
                .andExpect(jsonPath("$.items[1].status").value(200));
        verify(publisher, times(2)).publish(any());
    }

    @Test
    void gzipBodiesAreAccepted() throws Exception {
        String text = "OSLO (Nordwire) -- Compressed story " + UUID.randomUUID();
        mvc.perform(authed().contentType(MediaType.TEXT_PLAIN).header(HttpHeaders.CONTENT_ENCODING, "gzip")
                        .content(gzip(text.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isAccepted());
        assertThat(sent.getValue().article().payload()).isEqualTo(text);
    }

    @Test
    void whenKafkaFailsMidBatchTheRestIsNotMadeToWait() throws Exception {
        reset(publisher);
        IngestException down = new IngestException(Problem.KAFKA_UNAVAILABLE, "Kafka did not acknowledge.");
        down.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        when(publisher.publish(any())).thenThrow(down);
        String json = new String(unique("[{\"headline\":\"a %s\"},{\"headline\":\"b %<s\"},{\"headline\":\"c %<s\"}]"),
                StandardCharsets.UTF_8);
        mvc.perform(authed().contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(207))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(jsonPath("$.refused").value(3))
                .andExpect(jsonPath("$.items[2].status").value(503))
                .andExpect(jsonPath("$.items[2].problem.type").value("https://wirestream.io/problems/kafka-unavailable"));
        verify(publisher, times(1)).publish(any());
    }

    // ---- hostile input: each gets its documented problem, and the service keeps working ----

    @Test
    void zipBombIs413() throws Exception {
        byte[] bomb = gzip(new byte[1024 * 1024]); // 1 MiB of zeros is ~1 KiB compressed, limit is 256 KiB
        assertThat(bomb.length).isLessThan(64 * 1024);
        expectProblem(mvc.perform(authed().contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.CONTENT_ENCODING, "gzip").content(bomb)), 413, "decompressed-too-large");
        expectProblem(mvc.perform(authed().contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.CONTENT_ENCODING, "gzip").content("not gzip")), 400, "malformed");
        expectProblem(mvc.perform(authed().contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.CONTENT_ENCODING, "br").content("x")), 415, "unsupported-content-encoding");
        stillHealthy();
    }

    @Test
    void xxeAndBillionLaughsAre400ForbiddenXml() throws Exception {
        expectProblem(mvc.perform(authed().contentType(MediaType.APPLICATION_XML).content(
                "<!DOCTYPE nitf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><nitf><body><body.content><p>&x;</p>"
                        + "</body.content></body></nitf>")), 400, "forbidden-xml")
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("root:"))));
        expectProblem(mvc.perform(authed().contentType(MediaType.TEXT_XML).content(
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                        + "<lolz>&lol2;</lolz>")), 400, "forbidden-xml");
        stillHealthy();
    }

    @Test
    void malformedInputsGetTheirProblems() throws Exception {
        expectProblem(mvc.perform(authed().contentType(MediaType.APPLICATION_XML)
                .content("<nitf><body><body.content><p>cut off")), 400, "malformed");
        expectProblem(mvc.perform(authed().contentType(MediaType.APPLICATION_JSON)
                .content("{\"headline\":\"x\",\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}")), 400, "malformed");
        expectProblem(mvc.perform(authed().contentType("text/plain;charset=UTF-8")
                .content(new byte[] {'a', (byte) 0xC3, '('})), 400, "invalid-encoding");
        expectProblem(mvc.perform(authed().contentType(MediaType.TEXT_PLAIN).content("")), 400, "malformed");
        expectProblem(mvc.perform(authed().contentType(MediaType.IMAGE_GIF).content("GIF89a")), 415,
                "unsupported-media-type");
        expectProblem(mvc.perform(authed().contentType(MediaType.TEXT_PLAIN).content("x".repeat(65 * 1024))), 413,
                "payload-too-large");
        expectProblem(mvc.perform(authed().contentType(MediaType.APPLICATION_JSON)
                .content("[" + "{\"headline\":\"x\"},".repeat(10) + "{\"headline\":\"y\"}]")), 413, "too-many-items")
                .andExpect(jsonPath("$.maxItems").value(10));
        verify(publisher, never()).publish(any());
        stillHealthy();
    }

    @Test
    void aSourceOverItsRateLimitGets429WithRetryAfter() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/v1/articles").header("X-API-Key", "slow-secret").contentType(MediaType.TEXT_PLAIN)
                    .content(unique("Slow story %s."))).andExpect(status().isAccepted());
        }
        expectProblem(mvc.perform(post("/v1/articles").header("X-API-Key", "slow-secret")
                .contentType(MediaType.TEXT_PLAIN).content(unique("One too many %s."))), 429, "rate-limited")
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1800"))
                .andExpect(jsonPath("$.retryAfterSeconds").value(1800));
        verify(publisher, times(2)).publish(any());
        stillHealthy(); // other sources are not limited
    }

    private void stillHealthy() throws Exception {
        mvc.perform(authed().contentType(MediaType.TEXT_PLAIN).content(unique("Still here %s.")))
                .andExpect(status().isAccepted());
    }

    private static byte[] unique(String format) {
        return String.format(format, UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
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
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://wirestream.io/problems/" + kind))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
