package io.wirestream.testsupport;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The real Kafka broker of this test JVM when no external broker is named and no Docker engine
 * runs: one in-JVM KRaft broker, started on first use and shared by every Spring context, so the
 * test-context cache does not start a broker per context.
 */
public final class SharedKafkaBroker {

    private static EmbeddedKafkaKraftBroker broker;

    private SharedKafkaBroker() {
    }

    /** Bootstrap servers of the external broker, or of the shared embedded one. */
    public static synchronized String bootstrapServers() {
        if (InfrastructureMode.forKafka() == InfrastructureMode.EXTERNAL) {
            return System.getenv(InfrastructureMode.KAFKA_ENV);
        }
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 3);
            // A single broker: internal topics (transactions for exactly-once) must fit on it.
            broker.brokerProperties(Map.of(
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1",
                    "offsets.topic.replication.factor", "1",
                    "group.initial.rebalance.delay.ms", "0",
                    "auto.create.topics.enable", "true"));
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
        }
        return broker.getBrokersAsString();
    }
}
