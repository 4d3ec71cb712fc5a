package io.wirestream.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Import this into a Spring test to run it against a real Kafka broker, chosen by
 * {@link InfrastructureMode}: an external one, a Testcontainers broker, or the shared in-JVM one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RealKafka {

    @Bean
    @ServiceConnection
    @Conditional(InfrastructureConditions.KafkaInDocker.class)
    KafkaContainer kafkaContainer() {
        return new KafkaContainer(DockerImageName.parse("apache/kafka-native:4.1.2"));
    }

    @Bean
    @Conditional(InfrastructureConditions.KafkaWithoutDocker.class)
    DynamicPropertyRegistrar kafkaBootstrapServers() {
        return registry -> registry.add("spring.kafka.bootstrap-servers", SharedKafkaBroker::bootstrapServers);
    }
}
